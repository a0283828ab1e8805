import { PROFIELEN } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import type { Inburgeraar, InburgeringsFeit } from '../src/domain/inburgeraar';
import { beslisInburgering, type InburgeringUitkomst } from '../src/domain/inburgering';
import { tijdlijn } from '../src/domain/tijdlijn';

// Issue 22 item 8: the leerroute and the PIP change after a bezwaar (report 3.4.1, Heerenveen: "inburgeraars [maken]
// soms bezwaar tegen de gekozen leerroute. In zulke gevallen gaan de consulent, de inburgeraar en de maatschappelijk
// begeleider hierover in gesprek"). The gemeente's decision, so the same in every gemeente: checked for each.

const ORG = 'uitvoerder';
const VANDAAG = '2026-06-01';
const inburgeraar = (cbs: string, inburgering: Inburgeraar['inburgering']): Inburgeraar => ({
  inburgeraarId: 'ib-1',
  gemeente: cbs,
  doelgroep: 'asielstatushouder',
  uitvoeringsorganisatie: ORG,
  koppelingsdatum: '2026-01-05',
  persoon: { voornaam: 'A', achternaam: 'B', geboortedatum: '1990-01-01', talen: ['ar'] },
  aangemeldOp: '2026-01-05T09:00:00.000Z',
  inburgering,
});
const feitVan = (u: InburgeringUitkomst): InburgeringsFeit => {
  if (u.kind !== 'vastleggen') throw new Error(`not recorded: ${u.kind}`);
  return u.feit;
};
const GEMEENTEN = [...PROFIELEN.values()].map((p) => [p.naam, p.cbs] as const);

describe('8. report 3.4.1: a leerroute changed after a bezwaar is recorded with its date, the first one kept', () => {
  it.each(GEMEENTEN)('%s: the change is recorded and the timeline shows both leerroutes', (_naam, cbs) => {
    // Arrange: the b1-route decided on 13 April and shared with the organisation
    const eerste = { mijlpaalId: 'm1', datum: '2026-04-13', leerroute: 'b1-route' as const, gedeeldMet: ORG };
    const ib = inburgeraar(cbs, { leerroute: eerste });
    const wijziging = { aanleiding: 'bezwaar' as const, gesprekOp: '2026-05-06' };
    // Act
    const feit = feitVan(
      beslisInburgering(
        ib,
        { soort: 'leerroute', datum: '2026-05-11', leerroute: 'z-route', wijziging },
        VANDAAG,
        'm2',
      ),
    );
    const na = { ...ib, inburgering: { leerroute: { ...feit, gedeeldMet: ORG } } };
    // Assert
    expect(feit).toEqual({ mijlpaalId: 'm2', datum: '2026-05-11', leerroute: 'z-route', wijziging, eerder: [eerste] });
    const items = tijdlijn(na, { soort: 'volledig' }).items.filter((i) => i.mijlpaal === 'leerroute');
    expect(items).toEqual([
      expect.objectContaining({ datum: '2026-04-13', leerroute: 'b1-route' }),
      expect.objectContaining({ datum: '2026-05-11', leerroute: 'z-route', wijziging, dagenSindsVorige: 28 }),
    ]);
    const voorOrganisatie = tijdlijn(na, { soort: 'uitvoering', organisatie: ORG }).items;
    expect(voorOrganisatie.filter((i) => i.mijlpaal === 'leerroute').map((i) => i.leerroute)).toEqual([
      'b1-route',
      'z-route',
    ]);
  });

  it.each(GEMEENTEN)('%s: a PIP bijgesteld after a bezwaar keeps the PIP before it', (_naam, cbs) => {
    const eerste = { mijlpaalId: 'p1', datum: '2026-04-13' };
    const ib = inburgeraar(cbs, { 'pip-vastgesteld': eerste });
    const body = {
      soort: 'pip-vastgesteld' as const,
      datum: '2026-05-20',
      wijziging: { aanleiding: 'bezwaar' as const },
    };
    const feit = feitVan(beslisInburgering(ib, body, VANDAAG, 'p2'));
    const na = { ...ib, inburgering: { 'pip-vastgesteld': feit } };
    expect(tijdlijn(na, { soort: 'volledig' }).items.filter((i) => i.mijlpaal === 'pip-vastgesteld')).toHaveLength(2);
    expect(tijdlijn(na, { soort: 'volledig' }).nogNietBekend).not.toContain('pip-vastgesteld');
  });

  it.each(GEMEENTEN)('%s: refuses a change without a decision, before it, or talked about in the future', (_n, cbs) => {
    const leeg = inburgeraar(cbs, {});
    const met = inburgeraar(cbs, { leerroute: { mijlpaalId: 'm1', datum: '2026-04-13', leerroute: 'b1-route' } });
    const bezwaar = { aanleiding: 'bezwaar' as const };
    const wijzig = (ib: Inburgeraar, datum: string, w: { aanleiding: 'bezwaar'; gesprekOp?: string } = bezwaar) =>
      beslisInburgering(ib, { soort: 'leerroute', datum, leerroute: 'z-route', wijziging: w }, VANDAAG, 'm2');
    expect(wijzig(leeg, '2026-05-11')).toMatchObject({ kind: 'geweigerd', slug: 'geen-besluit-om-te-wijzigen' });
    expect(wijzig(met, '2026-04-13')).toMatchObject({ kind: 'geweigerd', slug: 'wijziging-voor-besluit' });
    expect(wijzig(met, '2026-05-11', { aanleiding: 'bezwaar', gesprekOp: '2026-06-02' })).toMatchObject({
      kind: 'geweigerd',
      slug: 'datum-in-toekomst',
    });
    // Without `wijziging` another leerroute is still a conflict: a change is recorded as one.
    expect(
      beslisInburgering(met, { soort: 'leerroute', datum: '2026-05-11', leerroute: 'z-route' }, VANDAAG, 'm2'),
    ).toMatchObject({ kind: 'conflict' });
  });
});
