import { tellingSchema } from '@wegwijs/contracts';
import * as catalogus from '@wegwijs/contracts/events/regie-catalogus';
import { saldo, type Telling, verschil } from '@wegwijs/contracts/tellingen-verschil';
import { PROFIELEN, type Profiel } from '@wegwijs/profielen';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inburgeraar } from '../src/domain/inburgeraar';
import { DOORLOOP_MIJLPALEN, regietellingen, tellingenVan } from '../src/domain/regietellingen';

const profiel = (naam: string): Profiel => {
  const p = [...PROFIELEN.values()].find((q) => q.naam === naam);
  if (!p) throw new Error(`no profile ${naam}`);
  return p;
};
const DEN_HAAG = profiel('Den Haag');
const GRONINGEN = profiel('Groningen');

const basis = (p: Profiel, extra: Partial<Inburgeraar> = {}): Inburgeraar => ({
  inburgeraarId: 'ib-geheim-1',
  gemeente: p.cbs,
  doelgroep: 'asielstatushouder',
  uitvoeringsorganisatie: p.uitvoeringsorganisatie,
  koppelingsdatum: '2026-01-05',
  persoon: { voornaam: 'Amira', achternaam: 'Haddad', geboortedatum: '1990-07-14', talen: ['ar'] },
  aangemeldOp: '2026-01-05T09:00:00.000Z',
  ...extra,
});

/** Every milestone known (the dates of the timeline tests): regeldag before the BRP, the intake before the opstart end. */
const compleet = (p: Profiel, extra: Partial<Inburgeraar> = {}) =>
  basis(p, {
    woningtoewijzingsdatum: '2026-02-02',
    brpInschrijvingsdatum: '2026-02-09',
    mbMijlpalen: { regeldag: '2026-02-04', 'opstartfase-afgerond': '2026-06-01' },
    inburgering: {
      'brede-intake': { mijlpaalId: 'm1', datum: '2026-03-02', begeleiderUitgenodigd: true, begeleiderAanwezig: true },
      'pip-vastgesteld': { mijlpaalId: 'm2', datum: '2026-04-13' },
      leerroute: { mijlpaalId: 'm3', datum: '2026-04-13', leerroute: 'b1-route' },
      'eerste-taalles': { mijlpaalId: 'm4', datum: '2026-05-18' },
    },
    ...extra,
  });

const doorloop = (tellingen: readonly Telling[]) =>
  tellingen
    .filter((t) => t.indicatorset === 'doorlooptijden')
    .map((t) => [t.indicator, t.maand, t.dagen, t.delta])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[3]) - Number(b[3]));

describe('aanmelding tellingen: what one inburgeraar counts for regie', () => {
  it("measures between the catalogue's milestones (kept here without the catalogue, for the bundle)", () => {
    expect(DOORLOOP_MIJLPALEN).toEqual(catalogus.DOORLOOP_MIJLPALEN);
  });

  it.each([...PROFIELEN.values()].map((p) => [p.naam, p] as const))(
    '%s: the aanmelding per doelgroep and every doorlooptijd with its days, start of MB by the profile',
    (_naam, p) => {
      // Arrange: MB starts at the koppeling in Groningen (133 days to the first lesson), elsewhere at the
      // woningtoewijzing (105 days); the days were counted by hand on a calendar
      const startMb = p.startmoment === 'koppeling' ? 133 : 105;
      // Act
      const tellingen = tellingenVan(p, compleet(p));
      // Assert
      expect(tellingen.filter((t) => t.indicatorset === 'fasen')).toEqual([
        {
          indicatorset: 'fasen',
          indicator: 'aanmeldingen',
          maand: '2026-01',
          dimensies: { doelgroep: 'asielstatushouder' },
          delta: 1,
        },
      ]);
      expect(doorloop(tellingen)).toEqual([
        ['brede-intake--pip-vastgesteld', '2026-04', 42, 1],
        ['koppeling--woningtoewijzing', '2026-02', 28, 1],
        ['pip-vastgesteld--eerste-taalles', '2026-05', 35, 1],
        ['regeldag--opstartfase-afgerond', '2026-06', 117, 1],
        ['start-mb--eerste-taalles', '2026-05', startMb, 1],
        ['woningtoewijzing--brp-inschrijving', '2026-02', 7, 1],
      ]);
    },
  );

  it('a pair whose later milestone came first is no doorlooptijd (regeldag before the BRP, intake before the opstart end)', () => {
    // Act
    const indicatoren = tellingenVan(DEN_HAAG, compleet(DEN_HAAG)).map((t) => t.indicator);
    // Assert
    expect(indicatoren).not.toContain('brp-inschrijving--regeldag');
    expect(indicatoren).not.toContain('opstartfase-afgerond--brede-intake');
  });

  it('start of MB for a nareiziger: the earlier of woningtoewijzing and BRP where the profile says so, the koppeling in Groningen', () => {
    // Arrange: the BRP-inschrijving (20 January) comes before the woningtoewijzing (2 February)
    const extra: Partial<Inburgeraar> = { doelgroep: 'nareiziger', brpInschrijvingsdatum: '2026-01-20' };
    const startMb = (p: Profiel) =>
      tellingenVan(p, compleet(p, extra)).find((t) => t.indicator === 'start-mb--eerste-taalles')?.dagen;
    // Act / Assert: 20 January to 18 May is 118 days; 5 January to 18 May 133
    expect(startMb(DEN_HAAG)).toBe(118);
    expect(startMb(GRONINGEN)).toBe(133);
  });

  it('a new aanmelding counts itself in the month of the koppeling, and nothing is known yet to measure', () => {
    // Act
    const tellingen = regietellingen(DEN_HAAG, undefined, basis(DEN_HAAG, { doelgroep: 'nareiziger' }));
    // Assert
    expect(tellingen).toEqual([
      {
        indicatorset: 'fasen',
        indicator: 'aanmeldingen',
        maand: '2026-01',
        dimensies: { doelgroep: 'nareiziger' },
        delta: 1,
      },
    ]);
  });

  it('a milestone that completes a pair adds that doorlooptijd in the month of the later date', () => {
    // Arrange
    const voor = basis(DEN_HAAG);
    const na = { ...voor, woningtoewijzingsdatum: '2026-03-31' };
    // Act
    const tellingen = regietellingen(DEN_HAAG, voor, na);
    // Assert: 5 January to 31 March is 85 days
    expect(doorloop(tellingen)).toEqual([['koppeling--woningtoewijzing', '2026-03', 85, 1]]);
  });

  it('a corrected date (the broker shares another regeldag) retracts the old doorlooptijd and counts the new one', () => {
    // Arrange
    const voor = compleet(DEN_HAAG);
    const na = compleet(DEN_HAAG, { mbMijlpalen: { regeldag: '2026-02-11', 'opstartfase-afgerond': '2026-06-01' } });
    // Act
    const tellingen = regietellingen(DEN_HAAG, voor, na);
    // Assert: the BRP (9 Feb) to the regeldag (11 Feb) is now a doorlooptijd of 2 days; to the opstart end 110 not 117
    expect(doorloop(tellingen)).toEqual([
      ['brp-inschrijving--regeldag', '2026-02', 2, 1],
      ['regeldag--opstartfase-afgerond', '2026-06', 117, -1],
      ['regeldag--opstartfase-afgerond', '2026-06', 110, 1],
    ]);
  });

  it('a write that changes nothing counted (a replay, the invitation shared) adds nothing', () => {
    // Arrange
    const voor = compleet(DEN_HAAG);
    const gedeeld = compleet(DEN_HAAG, {
      traject: { fase: 'opstartfase', versie: 'v1' },
      uitvoeringsorganisatie: 'humanitas',
    });
    // Act / Assert
    expect(regietellingen(DEN_HAAG, voor, voor)).toEqual([]);
    expect(regietellingen(DEN_HAAG, voor, gedeeld)).toEqual([]);
  });

  it('nothing personal leaves: no id, name, birth date or organisation, only code-list dimensions', () => {
    // Act
    const tekst = JSON.stringify(tellingenVan(DEN_HAAG, compleet(DEN_HAAG)));
    // Assert
    for (const persoonlijk of ['ib-geheim-1', 'Amira', 'Haddad', '1990-07-14', 'vluchtelingenwerk', 'm1', 'b1-route']) {
      expect(tekst).not.toContain(persoonlijk);
    }
  });
});

describe('aanmelding tellingen: properties', () => {
  const profielen = fc.constantFrom(...PROFIELEN.values());
  const dag = fc
    .date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  /** One write of the aanmelding context: a date recorded, a milestone shared (again, perhaps another date), a fact. */
  const wijziging = fc.oneof(
    fc.record({ soort: fc.constant('woning' as const), datum: dag }),
    fc.record({ soort: fc.constant('brp' as const), datum: dag }),
    fc.record({ soort: fc.constantFrom('regeldag' as const, 'opstartfase-afgerond' as const), datum: dag }),
    fc.record({
      soort: fc.constantFrom('brede-intake' as const, 'pip-vastgesteld' as const, 'eerste-taalles' as const),
      datum: dag,
    }),
  );
  type Wijziging = typeof wijziging extends fc.Arbitrary<infer W> ? W : never;

  const pasToe = (i: Inburgeraar, w: Wijziging): Inburgeraar => {
    switch (w.soort) {
      case 'woning':
        return { ...i, woningtoewijzingsdatum: w.datum };
      case 'brp':
        return { ...i, brpInschrijvingsdatum: w.datum };
      case 'regeldag':
      case 'opstartfase-afgerond':
        return { ...i, mbMijlpalen: { ...i.mbMijlpalen, [w.soort]: w.datum } };
      default:
        return { ...i, inburgering: { ...i.inburgering, [w.soort]: { mijlpaalId: `m-${w.datum}`, datum: w.datum } } };
    }
  };

  it('the diffs of any sequence of writes add up to the tellingen of the final state minus the initial state', () => {
    fc.assert(
      fc.property(profielen, dag, fc.array(wijziging, { maxLength: 12 }), (p, koppeling, wijzigingen) => {
        // Arrange
        const staten: (Inburgeraar | undefined)[] = [undefined, basis(p, { koppelingsdatum: koppeling })];
        for (const w of wijzigingen) staten.push(pasToe(staten.at(-1) as Inburgeraar, w));
        // Act
        const diffs = staten.slice(1).flatMap((na, i) => regietellingen(p, staten[i], na));
        // Assert
        expect(saldo(diffs)).toEqual(verschil([], tellingenVan(p, staten.at(-1))));
        for (const t of diffs) {
          expect(catalogus.pastInCatalogus(t) && tellingSchema.safeParse(t).success).toBe(true);
          expect(Number.isInteger(t.delta) && t.delta !== 0).toBe(true);
          expect(t.maand).toMatch(/^\d{4}-\d{2}$/);
          if (t.dagen !== undefined) expect(t.dagen).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('a replayed write yields no tellingen', () => {
    fc.assert(
      fc.property(profielen, dag, fc.array(wijziging, { maxLength: 8 }), (p, koppeling, wijzigingen) => {
        // Arrange
        const staat = wijzigingen.reduce(pasToe, basis(p, { koppelingsdatum: koppeling }));
        // Act / Assert
        expect(regietellingen(p, staat, structuredClone(staat))).toEqual([]);
      }),
    );
  });
});
