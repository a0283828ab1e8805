import { type AanmeldingBody, type Doelgroep, heeftKoppeling } from '@wegwijs/contracts';
import { organisatieVoorDoelgroep, PROFIELEN, type Profiel, profielVan } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { meldAan } from '../src/domain/aanmelding';
import type { Inburgeraar } from '../src/domain/inburgeraar';
import { trajectVan } from '../src/domain/traject';

/** The corrections that concern the aanmelding, for every gemeente of the report. */
const GEMEENTEN = [...PROFIELEN.values()].map((p) => [`${p.cbs} ${p.naam}`, p] as const);
const KOPPELING = '2026-01-15';
const BRP = '2026-02-20';

const body = (gemeente: string, doelgroep: Doelgroep): AanmeldingBody => ({
  gemeente,
  doelgroep,
  persoon: { voornaam: 'Sara', achternaam: 'Haile', geboortedatum: '1995-02-03', talen: ['ti'] },
  ...(heeftKoppeling(doelgroep) ? { koppelingsdatum: KOPPELING } : {}),
});

function aangemeld(profiel: Profiel, doelgroep: Doelgroep): Inburgeraar {
  const uitkomst = meldAan(profiel, body(profiel.cbs, doelgroep), 'i-1', '2026-01-15T09:00:00.000Z');
  if (uitkomst.kind !== 'aangemeld') throw new Error(uitkomst.detail);
  return uitkomst.inburgeraar;
}

describe('2. Rotterdam: VluchtelingenWerk with Gro-Up buurtwerk; gezinsmigranten by another provider (report 3.2, 4.4)', () => {
  it.each(GEMEENTEN)('%s: gezinsmigranten only in Rotterdam, by an organisation the deployment names (4.4)', (_, p) => {
    const uitkomst = meldAan(p, body(p.cbs, 'gezinsmigrant'), 'i-2', '2026-01-15T09:00:00.000Z');
    const slug = uitkomst.kind === 'geweigerd' ? uitkomst.slug : undefined;
    expect(slug).toBe(p.naam === 'Rotterdam' ? 'geen-uitvoeringsorganisatie' : 'doelgroep-niet-bediend');
  });

  it('Rotterdam: statushouders by VluchtelingenWerk together with Gro-Up buurtwerk (3.2)', () => {
    const p = PROFIELEN.get('0599') as Profiel;
    expect(aangemeld(p, 'asielstatushouder').uitvoeringsorganisatie).toBe('vluchtelingenwerk');
    expect(p.doelgroepen.find((d) => d.doelgroep === 'asielstatushouder')?.samenMet).toEqual(['gro-up']);
  });

  it('Rotterdam: a deployment names the provider of gezinsmigranten; not Gro-Up; no wait for a woning (4.4)', () => {
    // Arrange
    const instellingen = {
      naam: 'test',
      profielen: { '0599': organisatieVoorDoelgroep('0599', 'gezinsmigrant', 'aanbieder-x') },
    };
    const p = profielVan('0599', instellingen) as Profiel;
    // Act
    const gezinsmigrant = aangemeld(p, 'gezinsmigrant');
    const traject = trajectVan(p, { ...gezinsmigrant, brpInschrijvingsdatum: BRP });
    // Assert
    expect(gezinsmigrant.uitvoeringsorganisatie).toBe('aanbieder-x');
    expect(traject?.startdatum).toBe(BRP);
    expect(p.doelgroepen.find((d) => d.doelgroep === 'gezinsmigrant')?.aanbod).toMatchObject({
      workshopNaarKeuze: ['gezondheidszorg', 'financien', 'meedoen-in-de-wijk'],
      individueleHulp: true,
    });
  });
});

describe('3. start rules per doelgroep (report 4.1.2; Wi2021 art. 13(3))', () => {
  it.each(GEMEENTEN)('%s: a nareiziger with only a BRP-inschrijving has a traject from that day', (_, p) => {
    const nareiziger = { ...aangemeld(p, 'nareiziger'), brpInschrijvingsdatum: BRP };
    const verwacht = p.startmoment === 'koppeling' ? KOPPELING : BRP;
    expect(trajectVan(p, nareiziger)?.startdatum).toBe(verwacht);
  });

  it.each(GEMEENTEN)('%s: an asielstatushouder with only a BRP-inschrijving waits for the startmoment', (_, p) => {
    const statushouder = { ...aangemeld(p, 'asielstatushouder'), brpInschrijvingsdatum: BRP };
    expect(trajectVan(p, statushouder)?.startdatum).toBe(p.startmoment === 'koppeling' ? KOPPELING : undefined);
  });
});

describe('Doelgroepen outside the Wi2021: ouderen and ex-Nidos-jongeren in Den Haag and Roermond (report 4.4)', () => {
  it.each(GEMEENTEN)('%s', (_, p) => {
    const buiten = ['Den Haag', 'Roermond'].includes(p.naam);
    for (const doelgroep of ['oudere', 'ex-nidos-jongere'] as const) {
      const uitkomst = meldAan(p, body(p.cbs, doelgroep), 'i-3', '2026-01-15T09:00:00.000Z');
      expect(uitkomst.kind).toBe(buiten ? 'aangemeld' : 'geweigerd');
    }
    if (buiten)
      expect(p.doelgroepen.filter((d) => !d.mbPlichtWi2021).map((d) => d.doelgroep)).toEqual([
        'oudere',
        'ex-nidos-jongere',
      ]);
  });
});
