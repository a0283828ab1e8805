import { overdracht as overdrachtSchema, VERHUISD_ELDERS } from '@wegwijs/contracts';
import { PROFIELEN, profielVan, uitvoeringsorganisatieVoor } from '@wegwijs/profielen';
import { describe, expect, it } from 'vitest';
import type { Inburgeraar } from '../src/domain/inburgeraar';
import { tellingenVan } from '../src/domain/regietellingen';
import { beslisVerhuizing, dossierUitOverdracht, overdrachtVan } from '../src/domain/verhuizing';

const VANDAAG = '2026-11-29';

const profiel = (cbs: string) => {
  const p = profielVan(cbs);
  if (!p) throw new Error(`no profile ${cbs}`);
  return p;
};

const inburgeraar = (gemeente: string, extra: Partial<Inburgeraar> = {}): Inburgeraar => ({
  inburgeraarId: '01JINBURGERAAR',
  gemeente,
  doelgroep: 'asielstatushouder',
  uitvoeringsorganisatie: uitvoeringsorganisatieVoor(profiel(gemeente), 'asielstatushouder') ?? 'onbekend',
  koppelingsdatum: '2026-08-01',
  woningtoewijzingsdatum: '2026-09-01',
  persoon: { voornaam: 'Yonas', achternaam: 'Tesfaye', geboortedatum: '1993-06-30', talen: ['ti'] },
  aangemeldOp: '2026-08-02T09:00:00.000Z',
  ...extra,
});

const verzoek = (naar: string, datum = VANDAAG) => ({ verhuizingId: '01JVERHUIZING', naar, datum, vandaag: VANDAAG });

describe('beslisVerhuizing (issue 23)', () => {
  // Every gemeente of the report as the old one, moving to every other within one deployment.
  for (const [van, { naam }] of PROFIELEN) {
    it(`moves a dossier of ${naam} to another gemeente here, with the organisation serving it there`, () => {
      for (const naar of [...PROFIELEN.keys()].filter((g) => g !== van)) {
        const organisatie = uitvoeringsorganisatieVoor(profiel(naar), 'asielstatushouder') ?? undefined;
        const uitkomst = beslisVerhuizing(inburgeraar(van), verzoek(naar), { soort: 'hier', organisatie });
        if (!organisatie) {
          expect(uitkomst).toMatchObject({ kind: 'geweigerd', slug: 'geen-uitvoeringsorganisatie' });
          continue;
        }
        expect(uitkomst).toMatchObject({
          kind: 'verhuisd',
          uitvoeringsorganisatie: organisatie,
          inburgeraar: { gemeente: naar, uitvoeringsorganisatie: organisatie },
          verhuizing: { van, naar, datum: VANDAAG },
        });
      }
    });
  }

  it('to another deployment: the dossier belongs to nobody here but the inburgeraar', () => {
    const uitkomst = beslisVerhuizing(inburgeraar('0518'), verzoek('0014'), { soort: 'elders', naam: 'groningen' });
    expect(uitkomst).toMatchObject({
      kind: 'verhuisd',
      inburgeraar: { gemeente: '0014', uitvoeringsorganisatie: VERHUISD_ELDERS },
      verhuizing: { elders: 'groningen' },
    });
    expect(uitkomst.kind === 'verhuisd' && uitkomst.uitvoeringsorganisatie).toBeUndefined();
  });

  it.each([
    ['the same gemeente', '0361', VANDAAG, 'zelfde-gemeente'],
    ['a gemeente no deployment serves', '9999', VANDAAG, 'gemeente-onbekend'],
    ['a date in the future', '0399', '2026-11-30', 'datum-in-toekomst'],
    ['a date before the aanmelding', '0399', '2026-08-01', 'datum-voor-aanmelding'],
  ])('refuses %s (422)', (_, naar, datum, slug) => {
    const bestemming = naar === '9999' ? undefined : { soort: 'hier' as const, organisatie: 'inova' };
    expect(beslisVerhuizing(inburgeraar('0361'), verzoek(naar, datum), bestemming)).toMatchObject({
      kind: 'geweigerd',
      slug,
    });
  });
});

describe('the hand-over to another deployment', () => {
  const bron = inburgeraar('0518', {
    traject: { fase: 'begeleidingsfase', startdatum: '2026-09-01', einddatum: '2027-09-01', versie: 'v' },
    inburgering: {
      'brede-intake': {
        mijlpaalId: 'm1',
        datum: '2026-09-10',
        begeleiderUitgenodigd: true,
        begeleiderAanwezig: true,
        gedeeldMet: 'vluchtelingenwerk',
        uitnodigingGedeeldMet: 'vluchtelingenwerk',
      },
      leerroute: { mijlpaalId: 'm2', datum: '2026-10-01', leerroute: 'b1-route' },
    },
    mbMijlpalen: { regeldag: '2026-09-05' },
  });
  const verhuizing = { verhuizingId: '01JV', van: '0518', naar: '0014', datum: VANDAAG, elders: 'groningen' };

  it('holds the trajectstatus and dates and the milestones, and nothing shared on consent', () => {
    const o = overdrachtVan(bron, verhuizing);
    expect(overdrachtSchema.safeParse(o).success).toBe(true);
    expect(o.traject).toEqual({ fase: 'begeleidingsfase', startdatum: '2026-09-01', einddatum: '2027-09-01' });
    expect(o.inburgering).toEqual([
      { soort: 'brede-intake', datum: '2026-09-10' },
      { soort: 'leerroute', datum: '2026-10-01', leerroute: 'b1-route' },
    ]);
    expect(JSON.stringify(o)).not.toMatch(/begeleider|gedeeldMet|vluchtelingenwerk/);
  });

  it('makes a dossier in the new gemeente that regie counts as a move in, not an aanmelding', () => {
    const dossier = dossierUitOverdracht(overdrachtVan(bron, verhuizing), 'humanitas', `${VANDAAG}T10:00:00.000Z`);
    expect(dossier).toMatchObject({ gemeente: '0014', uitvoeringsorganisatie: 'humanitas', herkomst: { van: '0518' } });
    const indicatoren = tellingenVan(profiel('0014'), dossier).map((t) => t.indicator);
    expect(indicatoren).toContain('verhuisd-in');
    expect(indicatoren).not.toContain('aanmeldingen');
    // The doorlooptijden before the move were Den Haag's: not counted again in Groningen
    expect(indicatoren.filter((i) => i.includes('--'))).toEqual([]);
  });
});
