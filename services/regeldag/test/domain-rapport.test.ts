import { PROFIELEN, type Profiel, uitvoeringsorganisatieVoor } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { magChecklistSchrijven } from '../src/domain/checklist';
import { planRegeldag, werkItemBij } from '../src/domain/regeldag';
import type { Regeldag } from '../src/domain/typen';

/** The corrections that concern the opstartfase checklist, for every gemeente of the report. */
const GEMEENTEN = [...PROFIELEN.values()].map((p) => [`${p.cbs} ${p.naam}`, p] as const);

function gepland(p: Profiel, doelgroep: 'asielstatushouder' | 'nareiziger' | 'gezinsmigrant' = 'asielstatushouder') {
  const dossier = {
    inburgeraarId: 'i-1',
    gemeente: p.cbs,
    doelgroep,
    koppelingsdatum: '2026-01-15',
    uitvoeringsorganisatie: uitvoeringsorganisatieVoor(p, doelgroep) ?? 'geconfigureerd',
  };
  const uitkomst = planRegeldag(p, dossier, { datum: '2026-03-12' }, 'r-1', 'nu');
  if (uitkomst.kind !== 'gepland') throw new Error(uitkomst.kind);
  return uitkomst.regeldag;
}
const items = (r: Regeldag) => r.checklist.map((p) => p.item);

/** 4.1.3, 4.1.4, 6.1 and 3.2.5: the items named for some gemeenten only. */
const EIGEN: Record<string, string[]> = {
  'basis-budgetbeheer-financieel-ontzorgen': ['Rotterdam'],
  'rechten-en-plichten-wi2021-participatiewet': ['Rotterdam'],
  'kwijtschelding-gemeentelijke-belastingen': ['Groningen'],
  'sociale-kaart': ['Woerden', 'Den Haag', 'Heerenveen', 'Groningen'],
  voedselbank: ['Tholen', 'Roermond', 'Woerden'],
  groepsvoorlichting: [
    'Roermond',
    'Rotterdam',
    'Alkmaar',
    'Bergen (NH)',
    'Castricum',
    'Dijk en Waard',
    'Heiloo',
    'Uitgeest',
    'Den Haag',
  ],
};

describe('8. a gemeente own checklist items are on its checklist only (report 4.1.3, 4.1.4, 3.2.5, 6.1)', () => {
  it.each(GEMEENTEN)('%s', (_, p) => {
    const lijst = items(gepland(p));
    for (const [item, gemeenten] of Object.entries(EIGEN)) {
      expect([item, lijst.includes(item)]).toEqual([item, gemeenten.includes(p.naam)]);
    }
    expect(lijst.indexOf('brp-inschrijving')).toBeGreaterThan(-1);
    expect(gepland(p).checklist.find((i) => i.item === 'brp-inschrijving')?.categorie).toBe('INS');
  });
});

describe('9. who handles which checklist items: Rotterdam IOS does the inhuizingsdag (report 4.1.3)', () => {
  const DOOR_GEMEENTE: Record<string, string[]> = {
    Rotterdam: [
      'huurcontract-ondertekenen',
      'brp-inschrijving',
      'uitkering-participatiewet',
      'inrichtingskrediet-bijzondere-bijstand',
      'basis-budgetbeheer-financieel-ontzorgen',
      'energiecontract-gas-licht',
      'waterbedrijf',
      'zorgverzekering',
    ],
    // 3.2.5: the eurocoaches of the Groningse Kredietbank (the gemeente) help with kwijtschelding.
    Groningen: ['kwijtschelding-gemeentelijke-belastingen'],
  };

  it.each(GEMEENTEN)('%s: each item is recorded by the one who arranges it', (_, p) => {
    const regeldag = gepland(p);
    const doorGemeente = regeldag.checklist.filter((i) => i.uitvoerder === 'gemeente').map((i) => i.item);
    expect(doorGemeente.sort()).toEqual([...(DOOR_GEMEENTE[p.naam] ?? [])].sort());
    for (const punt of regeldag.checklist) {
      const doorOrganisatie = werkItemBij(regeldag, punt.item, { status: 'geregeld' }, 'nu', 'uitvoering').kind;
      const doorDeGemeente = werkItemBij(regeldag, punt.item, { status: 'geregeld' }, 'nu', 'gemeente').kind;
      const isGemeente = punt.uitvoerder === 'gemeente';
      expect([punt.item, doorOrganisatie, doorDeGemeente]).toEqual([
        punt.item,
        isGemeente ? 'niet-uitvoerder' : 'bijgewerkt',
        isGemeente ? 'bijgewerkt' : 'niet-uitvoerder',
      ]);
    }
  });

  it("only the consulenten, Rotterdam's IOS staff and Groningen's eurocoaches write for the gemeente (4.1.3, 3.2.5)", () => {
    expect(magChecklistSchrijven('gemeente', 'inburgeringsconsulent')).toBe(true);
    expect(magChecklistSchrijven('gemeente', 'inkomensconsulent')).toBe(true);
    expect(magChecklistSchrijven('gemeente', 'ios-medewerker')).toBe(true);
    expect(magChecklistSchrijven('gemeente', 'eurocoach')).toBe(true);
    expect(magChecklistSchrijven('gemeente', 'maatschappelijk-werker')).toBe(false);
    expect(magChecklistSchrijven('gemeente', 'partner-wmo' as never)).toBe(false);
    expect(magChecklistSchrijven('gemeente', 'beleidsmedewerker')).toBe(false);
    expect(magChecklistSchrijven('uitvoering', 'maatschappelijk-begeleider')).toBe(true);
    expect(magChecklistSchrijven('inburgeraar', 'inburgeraar')).toBe(false);
  });
});

describe('2. Rotterdam gezinsmigranten get no housing checklist (report 4.4)', () => {
  it.each(GEMEENTEN)('%s', (_, p) => {
    if (!p.doelgroepen.some((d) => d.doelgroep === 'gezinsmigrant')) {
      expect(p.naam).not.toBe('Rotterdam');
      return;
    }
    const checklist = gepland(p, 'gezinsmigrant').checklist;
    expect(checklist.filter((i) => i.categorie === 'HV' || i.inhuizingsdag)).toEqual([]);
    expect(checklist.length).toBeGreaterThan(0);
  });
});
