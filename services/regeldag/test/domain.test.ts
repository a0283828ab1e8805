import type { Doelgroep } from '@wegwijs/contracts';
import { PROFIELEN, type Profiel, uitvoeringsorganisatieVoor } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { openItems } from '../src/domain/checklist';
import { planRegeldag, rondOpstartfaseAf, werkItemBij, zelfdePlanning } from '../src/domain/regeldag';
import type { Dossier, Regeldag } from '../src/domain/typen';
import { regeldagWeergave } from '../src/domain/weergave';

/** The checklist facts of the report per gemeente (4.1.3), written out so the profiles are checked against them. */
const MET_VOEDSELBANK = new Set(['0957', '0716', '0632']);
const MET_NAREIZIGERVARIANT = new Set(['0074']);
const INHUIZINGSDAG_ROTTERDAM = [
  'huurcontract-ondertekenen',
  'brp-inschrijving',
  'uitkering-participatiewet',
  'inrichtingskrediet-bijzondere-bijstand',
  'basis-budgetbeheer-financieel-ontzorgen',
  'energiecontract-gas-licht',
  'waterbedrijf',
  'zorgverzekering',
];
/** Items every gemeente's checklist has (one per category at least). */
const ALTIJD = [
  'huurcontract-ondertekenen',
  'uitkering-participatiewet',
  'brp-inschrijving',
  'huisarts',
  'voorlichting-voorzieningen',
];

const dossier = (profiel: Profiel, doelgroep: Doelgroep = 'asielstatushouder'): Dossier => ({
  inburgeraarId: 'i-1',
  gemeente: profiel.cbs,
  doelgroep,
  koppelingsdatum: '2026-01-15',
  uitvoeringsorganisatie: uitvoeringsorganisatieVoor(profiel, doelgroep) ?? 'geen',
});

function gepland(profiel: Profiel, doelgroep: Doelgroep = 'asielstatushouder'): Regeldag {
  const uitkomst = planRegeldag(profiel, dossier(profiel, doelgroep), { datum: '2026-03-12' }, 'r-1', 'nu');
  if (uitkomst.kind !== 'gepland') throw new Error(`expected a regeldag, got ${uitkomst.kind}`);
  return uitkomst.regeldag;
}

const items = (r: Regeldag) => r.checklist.map((p) => p.item);
const GEVALLEN = [...PROFIELEN.values()].map((p) => [`${p.cbs} ${p.naam}`, p] as const);

describe('the profiles of the report', () => {
  it('are thirteen gemeenten', () => {
    expect(PROFIELEN.size).toBe(13);
  });
});

describe.each(GEVALLEN)('the regeldag in %s', (_naam, profiel) => {
  it('starts with every item open, from the four categories', () => {
    // Arrange / Act
    const regeldag = gepland(profiel);
    // Assert
    expect(regeldag).toMatchObject({ regeldagId: 'r-1', datum: '2026-03-12', versie: 1 });
    expect(regeldag.checklist.every((p) => p.status === 'open')).toBe(true);
    expect(new Set(regeldag.checklist.map((p) => p.categorie))).toEqual(new Set(['HV', 'FIN', 'INS', 'VL']));
    expect(items(regeldag)).toEqual(expect.arrayContaining(ALTIJD));
    expect(new Set(items(regeldag)).size).toBe(regeldag.checklist.length);
  });

  it(`${MET_VOEDSELBANK.has(profiel.cbs) ? 'has' : 'has no'} voedselbank`, () => {
    expect(items(gepland(profiel)).includes('voedselbank')).toBe(MET_VOEDSELBANK.has(profiel.cbs));
  });

  it(`gives nareizigers ${MET_NAREIZIGERVARIANT.has(profiel.cbs) ? 'their own variant without huisvesting' : 'the standard checklist'}`, () => {
    const statushouder = gepland(profiel, 'asielstatushouder');
    const nareiziger = gepland(profiel, 'nareiziger');
    if (MET_NAREIZIGERVARIANT.has(profiel.cbs)) {
      expect(nareiziger.checklist.some((p) => p.categorie === 'HV')).toBe(false);
      expect(statushouder.checklist.some((p) => p.categorie === 'HV')).toBe(true);
      const zonderHuisvesting = statushouder.checklist.filter((p) => p.categorie !== 'HV').map((p) => p.item);
      expect(items(nareiziger)).toEqual(zonderHuisvesting);
      expect(items(nareiziger)).toContain('brp-inschrijving');
    } else {
      expect(nareiziger.checklist).toEqual(statushouder.checklist);
    }
  });

  it(`${profiel.cbs === '0599' ? 'marks the inhuizingsdag items' : 'marks no inhuizingsdag'}`, () => {
    const gemarkeerd = gepland(profiel)
      .checklist.filter((p) => p.inhuizingsdag)
      .map((p) => p.item);
    expect(gemarkeerd.sort()).toEqual(profiel.cbs === '0599' ? [...INHUIZINGSDAG_ROTTERDAM].sort() : []);
  });

  it(`${profiel.cbs === '0599' ? 'plans one without housing for a gezinsmigrant' : 'has no gezinsmigranten'}`, () => {
    const org = uitvoeringsorganisatieVoor(profiel, 'gezinsmigrant');
    expect(org).toBe(profiel.cbs === '0599' ? null : undefined);
    if (org === null) {
      const gezinsmigrant = gepland(profiel, 'gezinsmigrant');
      expect(gezinsmigrant.checklist.some((p) => p.categorie === 'HV' || p.inhuizingsdag)).toBe(false);
    }
  });

  it('closes the opstartfase only when no item is open', () => {
    // Arrange
    let regeldag = gepland(profiel);
    // Act / Assert
    expect(rondOpstartfaseAf(regeldag, '2026-05-01')).toEqual({ kind: 'open-items', items: items(regeldag) });
    for (const [i, punt] of regeldag.checklist.entries()) {
      const door = punt.uitvoerder === 'gemeente' ? 'gemeente' : 'uitvoering';
      const status = i % 2 ? 'geregeld' : 'niet-van-toepassing';
      const uitkomst = werkItemBij(regeldag, punt.item, { status }, 'nu', door);
      if (uitkomst.kind !== 'bijgewerkt') throw new Error(uitkomst.kind);
      regeldag = uitkomst.regeldag;
    }
    expect(openItems(regeldag.checklist)).toEqual([]);
    expect(rondOpstartfaseAf(regeldag, '2026-05-01')).toMatchObject({
      kind: 'afronden',
      regeldag: { opstartfaseAfgerondOp: '2026-05-01' },
    });
  });
});

describe('planning', () => {
  const denHaag = PROFIELEN.get('0518');
  if (!denHaag) throw new Error('Den Haag missing');

  it('refuses a date before the koppeling and waits for an incomplete dossier', () => {
    expect(planRegeldag(denHaag, dossier(denHaag), { datum: '2026-01-14' }, 'r', 'nu')).toMatchObject({
      kind: 'geweigerd',
      slug: 'datum-voor-koppeling',
    });
    const { doelgroep: _, ...zonder } = dossier(denHaag);
    expect(planRegeldag(denHaag, zonder, { datum: '2026-03-12' }, 'r', 'nu')).toEqual({ kind: 'onvolledig' });
  });

  it('keeps the locatie and recognises the same planning', () => {
    const uitkomst = planRegeldag(denHaag, dossier(denHaag), { datum: '2026-03-12', locatie: 'Stadhuis' }, 'r', 'nu');
    if (uitkomst.kind !== 'gepland') throw new Error(uitkomst.kind);
    expect(uitkomst.regeldag.locatie).toBe('Stadhuis');
    expect(zelfdePlanning(uitkomst.regeldag, { datum: '2026-03-12', locatie: 'Stadhuis' })).toBe(true);
    expect(zelfdePlanning(uitkomst.regeldag, { datum: '2026-03-12' })).toBe(false);
    expect(zelfdePlanning(uitkomst.regeldag, { datum: '2026-03-13', locatie: 'Stadhuis' })).toBe(false);
  });
});

describe('updating a checklist item', () => {
  const woerden = PROFIELEN.get('0632');
  if (!woerden) throw new Error('Woerden missing');
  const regeldag = gepland(woerden);

  it('sets the status, bumps the version and says whether the status changed', () => {
    const uitkomst = werkItemBij(regeldag, 'voedselbank', { status: 'geregeld', toelichting: 'intake gedaan' }, 't1');
    expect(uitkomst).toMatchObject({
      kind: 'bijgewerkt',
      statusGewijzigd: true,
      punt: {
        item: 'voedselbank',
        categorie: 'INS',
        status: 'geregeld',
        toelichting: 'intake gedaan',
        bijgewerktOp: 't1',
      },
      regeldag: { versie: 2 },
    });
  });

  it('changes nothing for the same status, records a new toelichting without a status change', () => {
    expect(werkItemBij(regeldag, 'huisarts', { status: 'open' }, 't')).toEqual({ kind: 'ongewijzigd' });
    expect(werkItemBij(regeldag, 'huisarts', { status: 'open', toelichting: 'wachtlijst' }, 't')).toMatchObject({
      kind: 'bijgewerkt',
      statusGewijzigd: false,
    });
  });

  it('knows no item outside the checklist, and refuses changes once the opstartfase is closed', () => {
    expect(werkItemBij(regeldag, 'paspoort', { status: 'geregeld' }, 't')).toEqual({ kind: 'onbekend-item' });
    const afgerond = { ...regeldag, opstartfaseAfgerondOp: '2026-05-01' };
    expect(werkItemBij(afgerond, 'huisarts', { status: 'geregeld' }, 't')).toEqual({ kind: 'opstartfase-afgerond' });
    expect(werkItemBij(afgerond, 'huisarts', { status: 'open' }, 't')).toEqual({ kind: 'ongewijzigd' });
  });

  it('closes once: the same date again is no change, another date a conflict, before the regeldag refused', () => {
    const afgerond = { ...regeldag, opstartfaseAfgerondOp: '2026-05-01' };
    expect(rondOpstartfaseAf(afgerond, '2026-05-01')).toEqual({ kind: 'al-afgerond' });
    expect(rondOpstartfaseAf(afgerond, '2026-05-02')).toMatchObject({ kind: 'conflict' });
    expect(rondOpstartfaseAf(regeldag, '2026-03-11')).toMatchObject({ kind: 'geweigerd', slug: 'datum-voor-regeldag' });
  });

  it('shows the toelichting to the organisation and never to the gemeente', () => {
    const uitkomst = werkItemBij(regeldag, 'huisarts', { status: 'geregeld', toelichting: 'dr. X' }, 't');
    if (uitkomst.kind !== 'bijgewerkt') throw new Error(uitkomst.kind);
    const organisatie = regeldagWeergave(uitkomst.regeldag, true);
    const gemeente = regeldagWeergave(uitkomst.regeldag, false);
    expect(organisatie.checklist.find((p) => p.item === 'huisarts')?.toelichting).toBe('dr. X');
    expect(JSON.stringify(gemeente)).not.toContain('dr. X');
    expect(gemeente.checklist.find((p) => p.item === 'huisarts')?.status).toBe('geregeld');
  });
});
