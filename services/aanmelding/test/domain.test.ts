import { type AanmeldingBody, type Doelgroep, heeftKoppeling } from '@wegwijs/contracts';
import { PROFIELEN, type Profiel } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import { meldAan, zelfdeAanmelding } from '../src/domain/aanmelding';
import { dagenTussen, plusMaanden } from '../src/domain/datum';
import { beslisDatum } from '../src/domain/datums';
import type { Inburgeraar } from '../src/domain/inburgeraar';
import {
  isNieuwer,
  statusVan,
  tijdigheid,
  trajectProjectieUit,
  trajectVan,
  voegTrajectSamen,
} from '../src/domain/traject';
import { beslisUitvoeringsorganisatie } from '../src/domain/uitvoering';
import { magPersoonZien, weergave } from '../src/domain/weergave';

/** The facts of the report per gemeente (domain/gemeenten.json), written out so the profiles are checked against them. */
const VERWACHT: Record<
  string,
  { naam: string; looptijd: number; start: 'koppeling' | 'woningtoewijzing'; org: string; gezinsmigrant?: string }
> = {
  '0518': { naam: 'Den Haag', looptijd: 12, start: 'woningtoewijzing', org: 'vluchtelingenwerk' },
  '0014': { naam: 'Groningen', looptijd: 36, start: 'koppeling', org: 'humanitas' },
  '0074': { naam: 'Heerenveen', looptijd: 36, start: 'woningtoewijzing', org: 'gemeente-0074' },
  '0957': { naam: 'Roermond', looptijd: 6, start: 'woningtoewijzing', org: 'vluchtelingenwerk' },
  '0599': {
    naam: 'Rotterdam',
    looptijd: 24,
    start: 'woningtoewijzing',
    org: 'vluchtelingenwerk',
    gezinsmigrant: 'deployment',
  },
  '0716': { naam: 'Tholen', looptijd: 36, start: 'woningtoewijzing', org: 'gemeente-0716' },
  '0632': { naam: 'Woerden', looptijd: 12, start: 'woningtoewijzing', org: 'vluchtelingenwerk' },
  '0361': { naam: 'Alkmaar', looptijd: 12, start: 'woningtoewijzing', org: 'inova' },
  '0373': { naam: 'Bergen (NH)', looptijd: 12, start: 'woningtoewijzing', org: 'inova' },
  '0383': { naam: 'Castricum', looptijd: 12, start: 'woningtoewijzing', org: 'inova' },
  '1980': { naam: 'Dijk en Waard', looptijd: 12, start: 'woningtoewijzing', org: 'inova' },
  '0399': { naam: 'Heiloo', looptijd: 12, start: 'woningtoewijzing', org: 'inova' },
  '0450': { naam: 'Uitgeest', looptijd: 12, start: 'woningtoewijzing', org: 'inova' },
};

const KOPPELING = '2026-01-15';
const WONING = '2026-03-10';
const BRP = '2026-03-24';
const VANDAAG = '2026-02-14';
/** Start + looptijd in months, written out. */
const EINDE: Record<string, string> = {
  '2026-03-10+6': '2026-09-10',
  '2026-03-10+12': '2027-03-10',
  '2026-03-10+24': '2028-03-10',
  '2026-03-10+36': '2029-03-10',
  '2026-01-15+36': '2029-01-15',
};

const body = (gemeente: string, doelgroep: Doelgroep): AanmeldingBody => ({
  gemeente,
  doelgroep,
  persoon: { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-05-01', talen: ['ar'] },
  ...(heeftKoppeling(doelgroep) ? { koppelingsdatum: KOPPELING } : {}),
});

function aangemeld(profiel: Profiel, doelgroep: Doelgroep = 'asielstatushouder'): Inburgeraar {
  const uitkomst = meldAan(profiel, body(profiel.cbs, doelgroep), 'i-1', '2026-01-15T09:00:00.000Z');
  if (uitkomst.kind !== 'aangemeld') throw new Error(`expected an aanmelding, got ${uitkomst.slug}`);
  return uitkomst.inburgeraar;
}

const GEVALLEN = [...PROFIELEN.values()].map((p) => [`${p.cbs} ${p.naam}`, p] as const);

describe('the profiles of the report', () => {
  it('are the thirteen gemeenten of the eight cases', () => {
    expect([...PROFIELEN.keys()].sort()).toEqual(Object.keys(VERWACHT).sort());
  });
});

describe.each(GEVALLEN)('aanmelding in %s', (_naam, profiel) => {
  const verwacht = VERWACHT[profiel.cbs];
  if (!verwacht) throw new Error(`no expectation for ${profiel.cbs}`);

  it('assigns asielstatushouders and nareizigers to the organisation of the profile', () => {
    // Arrange / Act
    const statushouder = aangemeld(profiel, 'asielstatushouder');
    const nareiziger = aangemeld(profiel, 'nareiziger');
    // Assert
    expect(statushouder).toMatchObject({ gemeente: profiel.cbs, uitvoeringsorganisatie: verwacht.org });
    expect(nareiziger.uitvoeringsorganisatie).toBe(verwacht.org);
    expect(statusVan(statushouder)).toBe('aangemeld');
  });

  it(`${verwacht.gezinsmigrant ? 'guides' : 'refuses'} gezinsmigranten`, () => {
    const uitkomst = meldAan(profiel, body(profiel.cbs, 'gezinsmigrant'), 'i-2', '2026-01-15T09:00:00.000Z');
    if (verwacht.gezinsmigrant) {
      // Report 4.4 names no organisation: the shipped profile waits for the deployment to configure one.
      expect(uitkomst).toMatchObject({ kind: 'geweigerd', slug: 'geen-uitvoeringsorganisatie' });
    } else {
      expect(uitkomst).toMatchObject({ kind: 'geweigerd', slug: 'doelgroep-niet-bediend' });
    }
  });

  it(`starts at the ${verwacht.start} and ends after ${verwacht.looptijd} months`, () => {
    // Arrange
    const inburgeraar = aangemeld(profiel);
    const start = verwacht.start === 'koppeling' ? KOPPELING : WONING;
    // Act
    const voorWoning = trajectVan(profiel, inburgeraar);
    const naWoning = trajectVan(profiel, { ...inburgeraar, woningtoewijzingsdatum: WONING });
    // Assert
    if (verwacht.start === 'koppeling') expect(voorWoning?.startdatum).toBe(KOPPELING);
    else expect(voorWoning).toBeUndefined();
    expect(naWoning).toEqual({
      fase: 'aangemeld',
      startdatum: start,
      einddatum: EINDE[`${start}+${verwacht.looptijd}`],
    });
  });

  it('shows the gap between koppeling and start (tijdige start)', () => {
    const inburgeraar = aangemeld(profiel);
    const wachtend = tijdigheid(profiel, inburgeraar, VANDAAG);
    const gestart = tijdigheid(
      profiel,
      { ...inburgeraar, woningtoewijzingsdatum: WONING, brpInschrijvingsdatum: BRP },
      VANDAAG,
    );
    if (verwacht.start === 'koppeling') {
      expect(wachtend).toEqual({ dagenTussenKoppelingEnStart: 0 });
      expect(gestart).toEqual({ dagenTussenKoppelingEnStart: 0, dagenTussenKoppelingEnBrpInschrijving: 68 });
    } else {
      expect(wachtend).toEqual({ dagenSindsKoppelingZonderStart: 30 });
      expect(gestart).toEqual({ dagenTussenKoppelingEnStart: 54, dagenTussenKoppelingEnBrpInschrijving: 68 });
    }
  });

  it('takes fase and dates from the shared trajectstatus once the broker reports it', () => {
    const inburgeraar: Inburgeraar = {
      ...aangemeld(profiel),
      woningtoewijzingsdatum: WONING,
      traject: { fase: 'begeleidingsfase', startdatum: '2026-03-12', einddatum: '2027-09-12', versie: 'v1' },
    };
    expect(trajectVan(profiel, inburgeraar)).toEqual({
      fase: 'begeleidingsfase',
      startdatum: '2026-03-12',
      einddatum: '2027-09-12',
    });
    expect(weergave(profiel, inburgeraar, VANDAAG, false)).toMatchObject({
      status: 'begeleidingsfase',
      uitvoeringsorganisatie: verwacht.org,
    });
  });

  it('answers persoon details only when asked', () => {
    const inburgeraar = aangemeld(profiel);
    expect(weergave(profiel, inburgeraar, VANDAAG, true).persoon).toEqual(inburgeraar.persoon);
    expect(weergave(profiel, inburgeraar, VANDAAG, false)).not.toHaveProperty('persoon');
  });
});

describe('recording the woningtoewijzing and the BRP-inschrijving', () => {
  const profiel = PROFIELEN.get('0518');
  if (!profiel) throw new Error('Den Haag missing');
  const inburgeraar = aangemeld(profiel);

  it.each(['woningtoewijzingsdatum', 'brpInschrijvingsdatum'] as const)('%s: records, repeats, conflicts', (soort) => {
    expect(beslisDatum(inburgeraar, soort, WONING)).toEqual({ kind: 'vastleggen' });
    expect(beslisDatum(inburgeraar, soort, KOPPELING)).toEqual({ kind: 'vastleggen' });
    expect(beslisDatum(inburgeraar, soort, '2026-01-14')).toMatchObject({
      kind: 'geweigerd',
      slug: 'datum-voor-koppeling',
    });
    const vastgelegd = { ...inburgeraar, [soort]: WONING };
    expect(beslisDatum(vastgelegd, soort, WONING)).toEqual({ kind: 'al-vastgelegd' });
    expect(beslisDatum(vastgelegd, soort, BRP)).toMatchObject({ kind: 'conflict' });
  });
});

describe('reassigning the uitvoeringsorganisatie', () => {
  const profiel = PROFIELEN.get('0599');
  if (!profiel) throw new Error('Rotterdam missing');
  const inburgeraar = aangemeld(profiel);
  const bedienend = ['gemeente-0599', 'vluchtelingenwerk', 'gro-up'];

  it('moves to an organisation serving the gemeente', () => {
    expect(beslisUitvoeringsorganisatie(inburgeraar, 'gro-up', WONING, bedienend)).toEqual({
      kind: 'wijzigen',
      van: 'vluchtelingenwerk',
      naar: 'gro-up',
    });
  });

  it('changes nothing for the current one, refuses a stranger and a date before the koppeling', () => {
    expect(beslisUitvoeringsorganisatie(inburgeraar, 'vluchtelingenwerk', WONING, bedienend)).toEqual({
      kind: 'ongewijzigd',
    });
    expect(beslisUitvoeringsorganisatie(inburgeraar, 'humanitas', WONING, bedienend)).toMatchObject({
      kind: 'geweigerd',
      slug: 'organisatie-bedient-gemeente-niet',
    });
    expect(beslisUitvoeringsorganisatie(inburgeraar, 'gro-up', '2025-12-31', bedienend)).toMatchObject({
      kind: 'geweigerd',
      slug: 'datum-voor-koppeling',
    });
  });
});

describe('the trajectstatus projection', () => {
  const gedeeld = (trajectstatus?: { fase: string; startdatum?: string; einddatum?: string }) => ({
    categorie: 'trajectstatus',
    ...(trajectstatus ? { trajectstatus } : {}),
  });

  it('uses only trajectstatus shares that carry a known fase', () => {
    expect(trajectProjectieUit(gedeeld({ fase: 'opstartfase', startdatum: WONING }), 'v1')).toEqual({
      fase: 'opstartfase',
      startdatum: WONING,
      versie: 'v1',
    });
    expect(trajectProjectieUit(gedeeld(), 'v1')).toBeUndefined();
    expect(trajectProjectieUit(gedeeld({ fase: 'onbekend' }), 'v1')).toBeUndefined();
    expect(trajectProjectieUit({ categorie: 'contactmomenten', trajectstatus: { fase: 'afgerond' } }, 'v1')).toBe(
      undefined,
    );
  });

  it('ignores an older or equal version and keeps fields a newer share leaves out', () => {
    const huidig = { fase: 'opstartfase' as const, startdatum: WONING, einddatum: '2027-03-10', versie: 'b' };
    expect(isNieuwer(huidig, 'a')).toBe(false);
    expect(isNieuwer(huidig, 'b')).toBe(false);
    expect(isNieuwer(huidig, 'c')).toBe(true);
    expect(isNieuwer(undefined, 'a')).toBe(true);
    expect(voegTrajectSamen(huidig, { fase: 'begeleidingsfase', einddatum: '2027-09-10', versie: 'c' })).toEqual({
      fase: 'begeleidingsfase',
      startdatum: WONING,
      einddatum: '2027-09-10',
      versie: 'c',
      datumVersies: { einddatum: 'c' },
    });
  });

  it('fills a date from an older share delivered after a newer one, but never over a newer date', () => {
    const afgerond = { fase: 'afgerond' as const, versie: 'c' };
    const metStart = voegTrajectSamen(afgerond, { fase: 'opstartfase', startdatum: WONING, versie: 'a' });
    expect(metStart).toEqual({ fase: 'afgerond', startdatum: WONING, versie: 'c', datumVersies: { startdatum: 'a' } });
    if (!metStart) throw new Error('no merge');
    const later = voegTrajectSamen(metStart, { fase: 'begeleidingsfase', startdatum: '2026-05-01', versie: 'b' });
    expect(later).toMatchObject({ fase: 'afgerond', startdatum: '2026-05-01', versie: 'c' });
    if (!later) throw new Error('no merge');
    expect(voegTrajectSamen(later, { fase: 'opstartfase', startdatum: WONING, versie: 'a' })).toBeUndefined();
  });

  it('stops counting the wait once the traject is afgerond', () => {
    const profiel = PROFIELEN.get('0518');
    if (!profiel) throw new Error('Den Haag missing');
    const afgerond: Inburgeraar = { ...aangemeld(profiel), traject: { fase: 'afgerond', versie: 'v' } };
    expect(tijdigheid(profiel, afgerond, VANDAAG)).toEqual({});
  });
});

describe('dates and access details', () => {
  it('adds months with the day clamped to the end of the month', () => {
    expect(plusMaanden('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMaanden('2027-11-30', 3)).toBe('2028-02-29');
    expect(plusMaanden('2026-03-10', 36)).toBe('2029-03-10');
    expect(dagenTussen('2026-01-15', '2026-03-10')).toBe(54);
    expect(dagenTussen('2026-03-10', '2026-01-15')).toBe(-54);
  });

  it('hides persoon details from policy staff and the privacy officer only', () => {
    expect(magPersoonZien('gemeente', 'inburgeringsconsulent')).toBe(true);
    expect(magPersoonZien('gemeente', 'beleidsmedewerker')).toBe(false);
    expect(magPersoonZien('gemeente', 'functionaris-gegevensbescherming')).toBe(false);
    expect(magPersoonZien('uitvoering', 'maatschappelijk-begeleider')).toBe(true);
    expect(magPersoonZien('inburgeraar', 'inburgeraar')).toBe(true);
  });

  it('refuses a birth date after the koppeling and recognises a repeated aanmelding', () => {
    const profiel = PROFIELEN.get('0014');
    if (!profiel) throw new Error('Groningen missing');
    const b = body('0014', 'asielstatushouder');
    expect(meldAan(profiel, { ...b, persoon: { ...b.persoon, geboortedatum: '2026-02-01' } }, 'i', 'nu')).toMatchObject(
      { kind: 'geweigerd', slug: 'geboortedatum-na-koppeling' },
    );
    const inburgeraar = aangemeld(profiel);
    expect(zelfdeAanmelding(inburgeraar, b)).toBe(true);
    expect(zelfdeAanmelding(inburgeraar, { ...b, koppelingsdatum: '2026-01-16' })).toBe(false);
  });
});
