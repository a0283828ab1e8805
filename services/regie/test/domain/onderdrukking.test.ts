import type { Indicatorset } from '@wegwijs/contracts';
import type { RegieCel } from '@wegwijs/contracts/api/regie-responses';
import { DIMENSIES, INDICATOREN } from '@wegwijs/contracts/events/regie-catalogus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellenVan } from '../../src/domain/cellen';
import { maandenTussen } from '../../src/domain/maanden';
import { onderdruk, type RuweCel } from '../../src/domain/onderdrukking';
import { celSleutel, type Tellers, telOp } from '../../src/domain/tellers';

const aantal = (waarde: number, groep?: RuweCel['groep'], dimensies: Record<string, string> = {}): RuweCel => ({
  gemeente: '0361',
  maand: '2026-03',
  indicator: 'gepland',
  dimensies,
  statistiek: 'aantal',
  waarde,
  ...(groep ? { groep } : {}),
});

describe('primary suppression', () => {
  it('shows 0 and counts from 5, hides counts 1 to 4 as null', () => {
    const [nul, een, vier, vijf] = onderdruk([aantal(0), aantal(1), aantal(4), aantal(5)]);
    expect([nul, een, vier, vijf].map((c) => [c?.waarde, c?.onderdrukt])).toEqual([
      [0, false],
      [null, true],
      [null, true],
      [5, false],
    ]);
  });

  it('hides a median or p90 over fewer than 5 values', () => {
    const verdeling = (n: number): RuweCel => ({ ...aantal(30), statistiek: 'mediaan', aantal: n });
    expect(onderdruk([verdeling(4), verdeling(5)]).map((c) => c.onderdrukt)).toEqual([true, false]);
  });

  it('hides a share whose numerator, complement or denominator is under 5', () => {
    const aandeel = (teller: number, noemer: number): RuweCel => ({
      ...aantal(teller / noemer),
      statistiek: 'aandeel',
      teller,
      noemer,
    });
    const uit = onderdruk([aandeel(4, 20), aandeel(16, 20), aandeel(5, 10), aandeel(0, 3)]);
    expect(uit.map((c) => c.onderdrukt)).toEqual([true, true, false, true]);
  });
});

describe('secondary suppression where a total and its parts are published', () => {
  const groep = (totaal: boolean) => ({ sleutel: 'g', totaal });

  it('hides the next-smallest part when exactly one part is hidden', () => {
    const delen = [3, 10, 12, 0].map((n, i) => aantal(n, groep(false), { fase: `f${i}` }));
    const uit = onderdruk([...delen, aantal(25, groep(true))]);
    expect(uit.map((c) => c.waarde)).toEqual([null, null, 12, 0, 25]);
  });

  it('keeps hiding while the hidden parts sum to 1..4', () => {
    const delen = [1, 2, 20].map((n, i) => aantal(n, groep(false), { fase: `f${i}` }));
    const uit = onderdruk([...delen, aantal(23, groep(true))]);
    expect(uit.map((c) => c.waarde)).toEqual([null, null, null, 23]);
  });

  it('hides the total when no part is left to hide', () => {
    const delen = [3, 0].map((n, i) => aantal(n, groep(false), { fase: `f${i}` }));
    const uit = onderdruk([...delen, aantal(3, groep(true))]);
    expect(uit.map((c) => c.onderdrukt)).toEqual([true, false, true]);
  });
});

/** Every published total minus its published parts: what subtraction reveals about the hidden parts together. */
function restenNaAftrek(cellen: readonly RegieCel[]): number[] {
  const sleutel = (c: RegieCel) => `${c.gemeente}#${c.maand}#${c.indicator}#${c.statistiek}`;
  const resten: number[] = [];
  for (const totaal of cellen.filter((c) => c.statistiek === 'aantal' && Object.keys(c.dimensies).length === 0)) {
    if (totaal.onderdrukt) continue;
    const delen = cellen.filter(
      (c) => sleutel(c) === sleutel(totaal) && Object.keys(c.dimensies).length === 1 && c.statistiek === 'aantal',
    );
    if (delen.length === 0) continue;
    const getoond = delen.filter((d) => !d.onderdrukt).reduce((s, d) => s + (d.waarde ?? 0), 0);
    resten.push((totaal.waarde ?? 0) - getoond);
  }
  return resten;
}

const SETS: Indicatorset[] = ['afspraken', 'verwijzingen', 'toestemmingen', 'afrondingen', 'fasen', 'capaciteit'];
const GEMEENTEN = ['0361', '0373', '0383'];
const MAANDEN = maandenTussen('2026-01', '2026-06');

/** Random counters: per gemeente and month a few cells of the set, each with a small count (small cells are the point). */
const tellersArb = (set: Indicatorset) =>
  fc.array(
    fc.record({
      gemeente: fc.constantFrom(...GEMEENTEN),
      maand: fc.constantFrom(...MAANDEN),
      def: fc.constantFrom(...INDICATOREN[set].filter((d) => d.soort !== 'verdeling')),
      keuze: fc.array(fc.nat(20), { minLength: 3, maxLength: 3 }),
      n: fc.integer({ min: 1, max: 9 }),
    }),
    { maxLength: 60 },
  );

const filterArb = fc.record({
  gemeenten: fc.subarray(GEMEENTEN, { minLength: 1 }),
  vanaf: fc.integer({ min: 0, max: 5 }),
  lengte: fc.integer({ min: 1, max: 6 }),
});

describe('no differencing (fast-check)', () => {
  it('no two answers over overlapping filters yield, by subtraction, a count between 1 and 4', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SETS).chain((set) => fc.tuple(fc.constant(set), tellersArb(set), filterArb, filterArb)),
        ([set, data, a, b]) => {
          // Arrange: the store's counters per gemeente and month
          const perGemeente = new Map<string, Map<string, Tellers>>();
          for (const r of data) {
            const dims = Object.fromEntries(
              r.def.dimensies.map((k, i) => {
                const waarden = DIMENSIES[k] as readonly string[];
                return [k, waarden[(r.keuze[i] ?? 0) % waarden.length] as string];
              }),
            );
            const perMaand = perGemeente.get(r.gemeente) ?? new Map<string, Tellers>();
            perMaand.set(r.maand, telOp(perMaand.get(r.maand) ?? {}, [[celSleutel(r.def.indicator, dims), r.n]]));
            perGemeente.set(r.gemeente, perMaand);
          }
          const antwoord = (f: typeof a) => {
            const maanden = MAANDEN.slice(f.vanaf, f.vanaf + f.lengte);
            return onderdruk(f.gemeenten.flatMap((g) => cellenVan(set, g, maanden, perGemeente.get(g) ?? new Map())));
          };
          // Act
          const [eerste, tweede] = [antwoord(a), antwoord(b)];
          // Assert: a cell is the same in every answer, so subtracting answers subtracts whole cells ...
          const index = new Map(
            eerste.map((c) => [JSON.stringify([c.gemeente, c.maand, c.indicator, c.dimensies, c.statistiek]), c]),
          );
          for (const c of tweede) {
            const zelfde = index.get(JSON.stringify([c.gemeente, c.maand, c.indicator, c.dimensies, c.statistiek]));
            if (zelfde) expect(zelfde).toEqual(c);
          }
          // ... no shown count is 1..4, and no shown total minus its shown parts is 1..4.
          for (const c of [...eerste, ...tweede]) {
            if (c.statistiek === 'aantal' && !c.onderdrukt) expect(c.waarde === 0 || (c.waarde ?? 0) >= 5).toBe(true);
          }
          for (const rest of [...restenNaAftrek(eerste), ...restenNaAftrek(tweede)]) {
            expect(rest === 0 || rest >= 5).toBe(true);
          }
        },
      ),
      { numRuns: 150, seed: 13 },
    );
  });
});
