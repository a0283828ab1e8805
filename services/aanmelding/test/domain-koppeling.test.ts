import { type AanmeldingBody, DOELGROEPEN, type Doelgroep, heeftKoppeling } from '@wegwijs/contracts';
import { organisatieVoorDoelgroep, PROFIELEN, type Profiel, profielVan } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { meldAan } from '../src/domain/aanmelding';
import type { Inburgeraar } from '../src/domain/inburgeraar';
import { tellingenVan } from '../src/domain/regietellingen';
import { tijdlijn } from '../src/domain/tijdlijn';
import { tijdigheid, trajectVan } from '../src/domain/traject';

const KOPPELING = '2026-01-15';
const AANGEMELD_OP = '2026-03-02T09:00:00.000Z';
const persoon = { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1950-05-01', talen: ['ar'] };
const body = (gemeente: string, doelgroep: Doelgroep, koppelingsdatum?: string): AanmeldingBody => ({
  gemeente,
  doelgroep,
  persoon,
  ...(koppelingsdatum ? { koppelingsdatum } : {}),
});

/** Every profile (Rotterdam with the provider of gezinsmigranten a deployment names) with each doelgroep it guides. */
const rotterdam = profielVan('0599', {
  naam: 'test',
  profielen: { '0599': organisatieVoorDoelgroep('0599', 'gezinsmigrant', 'aanbieder-gezinsmigranten') },
}) as Profiel;
const PROFIELEN_MET_DEPLOYMENT = [...PROFIELEN.values()].map((p) => (p.cbs === '0599' ? rotterdam : p));
const GEVALLEN = PROFIELEN_MET_DEPLOYMENT.flatMap((p) =>
  DOELGROEPEN.filter(
    (d) =>
      meldAan(p, body(p.cbs, d, heeftKoppeling(d) ? KOPPELING : undefined), 'i', AANGEMELD_OP).kind === 'aangemeld',
  ).map((d) => [`${p.naam} ${d}`, p, d] as const),
);
const ZONDER = GEVALLEN.filter(([, , d]) => !heeftKoppeling(d));
const MET = GEVALLEN.filter(([, , d]) => heeftKoppeling(d));

function aangemeld(p: Profiel, d: Doelgroep): Inburgeraar {
  const uitkomst = meldAan(p, body(p.cbs, d), 'i-1', AANGEMELD_OP);
  if (uitkomst.kind !== 'aangemeld') throw new Error(uitkomst.detail);
  return uitkomst.inburgeraar;
}

describe('4.4: which doelgroepen have a COA koppeling is a fact per doelgroep', () => {
  it('4.4: asielstatushouders and nareizigers are gekoppeld; gezinsmigranten, ouderen and ex-Nidos-jongeren are not', () => {
    expect(DOELGROEPEN.filter(heeftKoppeling)).toEqual(['asielstatushouder', 'nareiziger']);
  });

  it('4.4: the cases cover every doelgroep without a koppeling that a profile guides (Rotterdam, Den Haag, Roermond)', () => {
    expect(new Set(ZONDER.map(([, , d]) => d))).toEqual(new Set(['gezinsmigrant', 'oudere', 'ex-nidos-jongere']));
    expect(new Set(ZONDER.map(([, p]) => p.naam))).toEqual(new Set(['Rotterdam', 'Den Haag', 'Roermond']));
  });
});

describe('4.4: an aanmelding without a koppeling has no made-up koppelingsdatum', () => {
  it.each(ZONDER)('4.4: %s is registered without a koppelingsdatum', (_, p, d) => {
    const inburgeraar = aangemeld(p, d);
    expect(inburgeraar).not.toHaveProperty('koppelingsdatum');
  });

  it.each(ZONDER)('4.4: %s with a koppelingsdatum is refused, on the field koppelingsdatum', (_, p, d) => {
    const uitkomst = meldAan(p, body(p.cbs, d, KOPPELING), 'i-1', AANGEMELD_OP);
    expect(uitkomst).toMatchObject({
      kind: 'geweigerd',
      slug: 'koppelingsdatum-zonder-koppeling',
      veld: 'koppelingsdatum',
    });
  });

  it.each(MET)('4.4: %s without a koppelingsdatum is refused, on the field koppelingsdatum', (_, p, d) => {
    const uitkomst = meldAan(p, body(p.cbs, d), 'i-1', AANGEMELD_OP);
    expect(uitkomst).toMatchObject({ kind: 'geweigerd', slug: 'koppelingsdatum-vereist', veld: 'koppelingsdatum' });
  });

  it.each(ZONDER)('4.4: %s: the tijdlijn leaves the koppeling out, and no total counted from it', (_, p, d) => {
    const t = tijdlijn(
      { ...aangemeld(p, d), woningtoewijzingsdatum: '2026-03-04', brpInschrijvingsdatum: '2026-03-10' },
      { soort: 'volledig' },
    );
    expect(t.items.map((i) => i.mijlpaal)).toEqual(['woningtoewijzing', 'brp-inschrijving']);
    expect(t.items[1]?.dagenSindsVorige).toBe(6);
    expect(t.nogNietBekend).not.toContain('koppeling');
    expect(t).not.toHaveProperty('dagenTotaal');
  });

  it.each(ZONDER)('4.4: %s: no tijdigheid from a koppeling, the traject still starts by the profile', (_, p, d) => {
    const i = { ...aangemeld(p, d), woningtoewijzingsdatum: '2026-03-04', brpInschrijvingsdatum: '2026-03-04' };
    expect(tijdigheid(p, i, '2026-04-01')).toEqual({});
    expect(tijdigheid(p, aangemeld(p, d), '2026-04-01')).toEqual({});
    expect(trajectVan(p, i)?.startdatum).toBe('2026-03-04');
  });

  it.each(ZONDER)(
    '4.4: %s: regie counts the aanmelding in its own month and no doorlooptijd from a koppeling',
    (_, p, d) => {
      const i = { ...aangemeld(p, d), woningtoewijzingsdatum: '2026-03-04', brpInschrijvingsdatum: '2026-03-10' };
      const tellingen = tellingenVan(p, i);
      expect(tellingen.find((t) => t.indicator === 'aanmeldingen')).toMatchObject({ maand: '2026-03' });
      expect(tellingen.filter((t) => t.indicator.startsWith('koppeling--'))).toEqual([]);
      expect(tellingen.some((t) => t.indicator === 'woningtoewijzing--brp-inschrijving')).toBe(true);
    },
  );

  it.each(MET)('4.4: %s: the tijdlijn still starts at the koppeling', (_, p, d) => {
    const uitkomst = meldAan(p, body(p.cbs, d, KOPPELING), 'i-1', AANGEMELD_OP);
    if (uitkomst.kind !== 'aangemeld') throw new Error(uitkomst.detail);
    const t = tijdlijn(uitkomst.inburgeraar, { soort: 'volledig' });
    expect(t.items).toEqual([{ mijlpaal: 'koppeling', datum: KOPPELING }]);
  });
});
