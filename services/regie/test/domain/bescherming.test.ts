import { type Indicatorset, REGIE_PERIODEN, type RegiePeriode } from '@wegwijs/contracts';
import type { RegieCel } from '@wegwijs/contracts/api/regie-responses';
import { INDICATOREN } from '@wegwijs/contracts/events/regie-catalogus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rond } from '../../src/domain/afronding';
import { cellenVan, type PerMaand } from '../../src/domain/cellen';
import { maandenTussen, plusMaanden } from '../../src/domain/maanden';
import { periodenTussen } from '../../src/domain/perioden';
import { MIN_MEDIAAN, MIN_P90 } from '../../src/domain/statistiek';
import { celSleutel, type Tellers } from '../../src/domain/tellers';
import { totaalVan } from '../../src/domain/totaal';

// Issue 22, items 12 and 13: small numbers that no combination of periods, stands, sets and gemeenten gives away,
// and periods long enough for small gemeenten (3.2: 4 to 10 new inburgeraars a month in Tholen, Heerenveen, Woerden,
// Roermond) to read.

const THOLEN = '0716';
const WOERDEN = '0632';
const ZAFFIER = ['0361', '0383', '1980', '0399', '0450'];
const VANAF = '2026-01';
const TOT = '2026-12';
const MAANDEN = maandenTussen(VANAF, TOT);

/** A world: per gemeente and set, the true counters per month (what regie's store holds). */
type Wereld = Map<string, Map<Indicatorset, Map<string, Record<string, number>>>>;

function zet(w: Wereld, gemeente: string, set: Indicatorset, maand: string, sleutel: string, n: number) {
  if (n === 0) return;
  const sets = w.get(gemeente) ?? new Map();
  const perMaand = sets.get(set) ?? new Map<string, Record<string, number>>();
  const tellers = perMaand.get(maand) ?? {};
  tellers[sleutel] = (tellers[sleutel] ?? 0) + n;
  perMaand.set(maand, tellers);
  sets.set(set, perMaand);
  w.set(gemeente, sets);
}

const perMaandVan = (w: Wereld, gemeente: string, set: Indicatorset): PerMaand =>
  (w.get(gemeente)?.get(set) as Map<string, Tellers> | undefined) ?? new Map();

/** What regie publishes for these gemeenten and this kind of period over the whole year (with their total). */
function publicatie(w: Wereld, set: Indicatorset, gemeenten: readonly string[], soort: RegiePeriode): RegieCel[] {
  const perioden = periodenTussen(soort, VANAF, TOT);
  const cellen = gemeenten.flatMap((g) => cellenVan(set, g, perioden, perMaandVan(w, g, set)));
  return gemeenten.length > 1 ? [...cellen, ...totaalVan(cellen)] : cellen;
}

/** Everything anyone can ask about these gemeenten: every kind of period, every gemeente alone and together. */
function allesOver(w: Wereld, set: Indicatorset, gemeenten: readonly string[]): RegieCel[] {
  return REGIE_PERIODEN.flatMap((soort) => [
    ...gemeenten.flatMap((g) => publicatie(w, set, [g], soort)),
    ...(gemeenten.length > 1 ? publicatie(w, set, gemeenten, soort) : []),
  ]);
}

const vind = (cellen: readonly RegieCel[], c: Partial<RegieCel>) =>
  cellen.filter((x) =>
    Object.entries(c).every(([k, v]) => JSON.stringify(x[k as keyof RegieCel]) === JSON.stringify(v)),
  );

describe('3.2: periods that small gemeenten can read (item 13)', () => {
  // Tholen (3.2.2): about 4 to 10 new inburgeraars a month, most of them asielstatushouders.
  const tholen: Wereld = new Map();
  const perMaand = [4, 6, 5, 7, 4, 9, 5, 6, 10, 4, 8, 5];
  MAANDEN.forEach((m, i) => {
    const n = perMaand[i] as number;
    zet(tholen, THOLEN, 'fasen', m, celSleutel('aanmeldingen', { doelgroep: 'asielstatushouder' }), n - 2);
    zet(tholen, THOLEN, 'fasen', m, celSleutel('aanmeldingen', { doelgroep: 'gezinsmigrant' }), i % 2 ? 2 : 1);
    zet(tholen, THOLEN, 'fasen', m, celSleutel('aanmeldingen', { doelgroep: 'nareiziger' }), i % 2 ? 0 : 1);
  });

  it("3.2: Tholen's quarters, half years and year show numbers where its months show <5", () => {
    const maand = publicatie(tholen, 'fasen', [THOLEN], 'maand').filter((c) => c.indicator === 'aanmeldingen');
    const kwartaal = publicatie(tholen, 'fasen', [THOLEN], 'kwartaal').filter((c) => c.indicator === 'aanmeldingen');
    const jaar = publicatie(tholen, 'fasen', [THOLEN], 'jaar').filter((c) => c.indicator === 'aanmeldingen');
    for (const doelgroep of ['gezinsmigrant', 'nareiziger', 'asielstatushouder']) {
      const maanden = vind(maand, { dimensies: { doelgroep } });
      const kwartalen = vind(kwartaal, { dimensies: { doelgroep } });
      expect(maanden.filter((c) => c.onderdrukt).length, doelgroep).toBeGreaterThan(0);
      expect(
        kwartalen.some((c) => !c.onderdrukt && (c.waarde ?? 0) >= 5),
        doelgroep,
      ).toBe(true);
      // the year is exact to within the rounding: 12 gezinsmigranten -> 10, 6 nareizigers -> 5
      const waar = { gezinsmigrant: 18, nareiziger: 6, asielstatushouder: 49 }[doelgroep] as number;
      expect(vind(jaar, { dimensies: { doelgroep } })[0]?.waarde, doelgroep).toBe(rond(waar));
    }
    // the gezinsmigranten: no month above "<5" or 5, every quarter a number
    expect(vind(maand, { dimensies: { doelgroep: 'gezinsmigrant' } }).every((c) => (c.waarde ?? 0) <= 5)).toBe(true);
    expect(vind(kwartaal, { dimensies: { doelgroep: 'gezinsmigrant' } }).every((c) => !c.onderdrukt)).toBe(true);
  });

  it('3.2: months add up exactly to quarters, quarters to half years (the taakstelling period), halves to the year', () => {
    const som = (soort: RegiePeriode, doelgroep: string) =>
      vind(publicatie(tholen, 'fasen', [THOLEN], soort), {
        indicator: 'aanmeldingen',
        dimensies: { doelgroep },
      }).reduce((s, c) => s + (c.waarde ?? 0), 0);
    for (const doelgroep of ['asielstatushouder', 'gezinsmigrant', 'nareiziger']) {
      const jaar = som('jaar', doelgroep);
      expect([som('maand', doelgroep), som('kwartaal', doelgroep), som('halfjaar', doelgroep)]).toEqual([
        jaar,
        jaar,
        jaar,
      ]);
    }
    const labels = publicatie(tholen, 'fasen', [THOLEN], 'halfjaar').map((c) => [c.periode, c.maand]);
    expect(new Set(labels.map((l) => l.join(' ')))).toEqual(new Set(['2026-H1 2026-06', '2026-H2 2026-12']));
  });

  it("3.2.4: Zaffier's samenwerkingsverband has a total that is the sum of its gemeenten's published figures", () => {
    const zaffier: Wereld = new Map();
    ZAFFIER.forEach((g, i) => {
      for (const m of MAANDEN)
        zet(zaffier, g, 'fasen', m, celSleutel('aanmeldingen', { doelgroep: 'asielstatushouder' }), (i % 3) + 1);
    });
    const cellen = publicatie(zaffier, 'fasen', ZAFFIER, 'kwartaal');
    const q1 = vind(cellen, {
      periode: '2026-K1',
      indicator: 'aanmeldingen',
      dimensies: { doelgroep: 'asielstatushouder' },
    });
    const totaal = q1.find((c) => c.gemeente === 'totaal');
    const delen = q1.filter((c) => c.gemeente !== 'totaal');
    expect(delen).toHaveLength(5);
    expect(totaal?.waarde).toBe(delen.reduce((s, c) => s + (c.waarde ?? 0), 0));
    expect(totaal?.waarde).toBeGreaterThanOrEqual(20);
  });
});

describe('3.2.2 and 3.5.1: the two attacks of the issue no longer work (item 12)', () => {
  it('3.2.2: Tholen — stands of two consecutive months no longer give the month\'s "<5" aanmeldingen (8 - 6 = 2)', () => {
    // Two worlds: 6 then 2 aanmeldingen (stands 6 and 8), and 5 then 3 (stands 5 and 8); nobody leaves.
    const wereld = (jan: number, feb: number): Wereld => {
      const w: Wereld = new Map();
      zet(w, THOLEN, 'fasen', '2026-01', celSleutel('aanmeldingen', { doelgroep: 'asielstatushouder' }), jan);
      zet(w, THOLEN, 'fasen', '2026-02', celSleutel('aanmeldingen', { doelgroep: 'asielstatushouder' }), feb);
      const stand = celSleutel('inburgeraars', { fase: 'opstartfase', doelgroep: 'asielstatushouder' });
      zet(w, THOLEN, 'fasen', '2026-01', stand, jan);
      zet(w, THOLEN, 'fasen', '2026-02', stand, feb);
      return w;
    };
    const a = allesOver(wereld(6, 2), 'fasen', [THOLEN]);
    const b = allesOver(wereld(5, 3), 'fasen', [THOLEN]);
    // the same publication, whatever is asked, for two different counts of February: it cannot tell 2 from 3
    expect(a).toEqual(b);
    const standen = vind(a, { periode: '2026-02', indicator: 'inburgeraars' }).concat(
      vind(a, { periode: '2026-01', indicator: 'inburgeraars' }),
    );
    const opstart = standen.filter(
      (c) => c.dimensies.fase === 'opstartfase' && c.dimensies.doelgroep === 'asielstatushouder',
    );
    // the stands read 10 and 5: their difference is 5, not 2
    expect(opstart.map((c) => c.waarde)).toEqual([10, 5]);
  });

  it('3.5.1: Woerden — verstuurd per partner against uitkomst no longer gives the one referral to Veilig Thuis', () => {
    const wereld = (veiligThuis: number): Wereld => {
      const w: Wereld = new Map();
      zet(w, WOERDEN, 'verwijzingen', '2026-03', celSleutel('verstuurd', { partner: 'wmo' }), 7);
      zet(w, WOERDEN, 'verwijzingen', '2026-03', celSleutel('verstuurd', { partner: 'veilig-thuis' }), veiligThuis);
      zet(
        w,
        WOERDEN,
        'verwijzingen',
        '2026-03',
        celSleutel('uitkomst', { partner: 'wmo', uitkomst: 'geaccepteerd' }),
        7,
      );
      return w;
    };
    const [nul, een, twee] = [0, 1, 2].map((n) => allesOver(wereld(n), 'verwijzingen', [WOERDEN])) as [
      RegieCel[],
      RegieCel[],
      RegieCel[],
    ];
    // one referral is published exactly as none and as two: a hidden cell can be 0, and the total adds rounded parts
    expect(een).toEqual(nul);
    expect(een).toEqual(twee);
    const maart = vind(een, { periode: '2026-03', indicator: 'verstuurd' });
    expect(maart.find((c) => c.dimensies.partner === 'veilig-thuis')).toMatchObject({ waarde: null, onderdrukt: true });
    expect(maart.find((c) => Object.keys(c.dimensies).length === 0)?.waarde).toBe(5);
  });

  it("3.2.4: Alkmaar — a p90 over 5 to 9 values (the largest, one person's days) is not published", () => {
    const w: Wereld = new Map();
    const dagen = [31, 40, 48, 52, 60, 77, 95];
    for (const d of dagen)
      zet(w, '0361', 'doorlooptijden', '2026-02', celSleutel('koppeling--woningtoewijzing', {}, d), 1);
    const maand = vind(publicatie(w, 'doorlooptijden', ['0361'], 'maand'), {
      periode: '2026-02',
      indicator: 'koppeling--woningtoewijzing',
    });
    expect(maand.find((c) => c.statistiek === 'p90')).toMatchObject({ waarde: null, onderdrukt: true });
    expect(maand.find((c) => c.statistiek === 'mediaan')).toMatchObject({ waarde: 52, onderdrukt: false });
    // three more in March: the quarter has 10 values, its p90 lies between the 9th and the 10th, not at 95
    for (const d of [20, 35, 70])
      zet(w, '0361', 'doorlooptijden', '2026-03', celSleutel('koppeling--woningtoewijzing', {}, d), 1);
    const kwartaal = vind(publicatie(w, 'doorlooptijden', ['0361'], 'kwartaal'), {
      periode: '2026-K1',
      indicator: 'koppeling--woningtoewijzing',
      statistiek: 'p90',
    });
    expect(kwartaal[0]).toMatchObject({ waarde: 79, onderdrukt: false });
  });
});

// --- the property: an attacker who knows the algorithm and everything published ---

const PARTNERS = ['wmo', 'veilig-thuis', 'schuldhulpverlening'] as const;
const DOELGROEPEN = ['asielstatushouder', 'gezinsmigrant'] as const;
const GEMEENTEN = [THOLEN, WOERDEN, '0361'];

/** A small world that keeps the rules an attacker may rely on: outcomes follow referrals; nobody leaves a fase. */
const wereldArb = fc
  .array(
    fc.record({
      verstuurd: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
      geaccepteerd: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
      teruggewezen: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
      aanmeldingen: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 12, maxLength: 12 }),
    }),
    { minLength: GEMEENTEN.length * 3, maxLength: GEMEENTEN.length * 3 },
  )
  .map((reeksen) => {
    const w: Wereld = new Map();
    GEMEENTEN.forEach((g, gi) => {
      PARTNERS.forEach((partner, pi) => {
        const r = reeksen[gi * 3 + pi] as (typeof reeksen)[number];
        let open = 0;
        MAANDEN.forEach((m, i) => {
          open += r.verstuurd[i] as number;
          const acc = Math.min(open, r.geaccepteerd[i] as number);
          const terug = Math.min(open - acc, r.teruggewezen[i] as number);
          open -= acc + terug;
          zet(w, g, 'verwijzingen', m, celSleutel('verstuurd', { partner }), r.verstuurd[i] as number);
          zet(w, g, 'verwijzingen', m, celSleutel('uitkomst', { partner, uitkomst: 'geaccepteerd' }), acc);
          zet(w, g, 'verwijzingen', m, celSleutel('uitkomst', { partner, uitkomst: 'teruggewezen' }), terug);
        });
      });
      DOELGROEPEN.forEach((doelgroep, di) => {
        const r = reeksen[gi * 3 + di] as (typeof reeksen)[number];
        MAANDEN.forEach((m, i) => {
          const n = r.aanmeldingen[i] as number;
          zet(w, g, 'fasen', m, celSleutel('aanmeldingen', { doelgroep }), n);
          zet(w, g, 'fasen', m, celSleutel('inburgeraars', { fase: 'opstartfase', doelgroep }), n);
        });
      });
    });
    return w;
  });

/** The true running total of a series at the end of each month (index 0 = before the year: nothing yet). */
function waarReeks(w: Wereld, g: string, set: Indicatorset, sleutel: string): number[] {
  const perMaand = perMaandVan(w, g, set);
  const uit = [0];
  for (const m of MAANDEN) uit.push((uit[uit.length - 1] as number) + (perMaand.get(m)?.[sleutel] ?? 0));
  return uit;
}

interface Interval {
  lo: number;
  hi: number;
}

/**
 * The attacker: from the published months (any other figure is a sum of them, checked below) they rebuild each
 * series' rounded running totals, so they know every running total to within -2..+2. They add what they know of
 * the world: running totals never fall; a stand equals its aanmeldingen (nobody leaves); accepted plus returned
 * never exceeds what was sent, per partner. Bounds are tightened until nothing changes (interval propagation).
 */
function aanval(maandCellen: readonly RegieCel[], gemeente: string): Map<string, Interval[]> {
  const reeksen = new Map<string, Interval[]>();
  const sleutelVan = (c: RegieCel) => `${c.indicator}|${JSON.stringify(c.dimensies)}`;
  for (const c of maandCellen) {
    if (c.gemeente !== gemeente || c.statistiek !== 'aantal' || Object.keys(c.dimensies).length === 0) continue;
    const reeks = reeksen.get(sleutelVan(c)) ?? [{ lo: 0, hi: 0 }];
    const i = MAANDEN.indexOf(c.maand) + 1;
    const stand = INDICATOREN.fasen.find((d) => d.indicator === c.indicator)?.soort === 'stand';
    const vorig = (reeks[i - 1] as Interval & { r?: number }).r ?? 0;
    const r = stand ? (c.waarde ?? 0) : vorig + (c.waarde ?? 0);
    reeks[i] = Object.assign({ lo: Math.max(0, r - 2), hi: r + 2 }, { r });
    reeksen.set(sleutelVan(c), reeks);
  }
  const s = (indicator: string, dims: Record<string, string>) => reeksen.get(`${indicator}|${JSON.stringify(dims)}`);
  for (let ronde = 0; ronde < 50; ronde++) {
    let veranderd = false;
    const zetLo = (x: Interval, v: number) => {
      if (v > x.lo) {
        x.lo = v;
        veranderd = true;
      }
    };
    const zetHi = (x: Interval, v: number) => {
      if (v < x.hi) {
        x.hi = v;
        veranderd = true;
      }
    };
    for (const reeks of reeksen.values()) {
      for (let i = 1; i < reeks.length; i++) {
        zetLo(reeks[i] as Interval, (reeks[i - 1] as Interval).lo);
        zetHi(reeks[i - 1] as Interval, (reeks[i] as Interval).hi);
      }
    }
    for (const doelgroep of DOELGROEPEN) {
      const a = s('aanmeldingen', { doelgroep });
      const b = s('inburgeraars', { fase: 'opstartfase', doelgroep });
      if (!a || !b) continue;
      for (let i = 0; i < a.length; i++) {
        const [x, y] = [a[i] as Interval, b[i] as Interval];
        zetLo(x, y.lo);
        zetLo(y, x.lo);
        zetHi(x, y.hi);
        zetHi(y, x.hi);
      }
    }
    for (const partner of PARTNERS) {
      const v = s('verstuurd', { partner });
      const acc = s('uitkomst', { partner, uitkomst: 'geaccepteerd' });
      const terug = s('uitkomst', { partner, uitkomst: 'teruggewezen' });
      if (!v || !acc || !terug) continue;
      for (let i = 0; i < v.length; i++) {
        const [x, a, t] = [v[i] as Interval, acc[i] as Interval, terug[i] as Interval];
        zetLo(x, a.lo + t.lo);
        zetHi(a, x.hi - t.lo);
        zetHi(t, x.hi - a.lo);
      }
    }
    if (!veranderd) break;
  }
  return reeksen;
}

describe('no combination of periods, stands, sets and gemeenten reveals a count of 1 to 4 (fast-check)', () => {
  it('12: every published figure is a sum of rounded running totals, and the attacker pins no count of 1 to 4', () => {
    fc.assert(
      fc.property(wereldArb, (w) => {
        for (const set of ['verwijzingen', 'fasen'] as const) {
          const alles = allesOver(w, set, GEMEENTEN);
          // 1. a cell is the same in every answer that holds it (filters select whole cells)
          const gezien = new Map<string, RegieCel>();
          for (const c of alles) {
            const k = JSON.stringify([c.gemeente, c.periode, c.indicator, c.dimensies, c.statistiek]);
            if (gezien.has(k)) expect(gezien.get(k)).toEqual(c);
            gezien.set(k, c);
          }
          const maand = [...gezien.values()].filter((c) => /^\d{4}-\d{2}$/.test(c.periode));
          // 2. no count is shown as 1 to 4
          for (const c of alles)
            if (c.statistiek === 'aantal' && !c.onderdrukt) expect(c.waarde).toBeGreaterThanOrEqual(5);
          // 3. every figure of every period, total and samenwerkingsverband is the sum of published month figures
          const perioden = REGIE_PERIODEN.flatMap((p) => periodenTussen(p, VANAF, TOT));
          const maandWaarde = new Map<string, number>();
          const telBij = (k: string, v: number) => maandWaarde.set(k, (maandWaarde.get(k) ?? 0) + v);
          for (const m of maand) {
            if (m.statistiek !== 'aantal' || m.gemeente === 'totaal') continue;
            const zonder = INDICATOREN[set].find((d) => d.indicator === m.indicator)?.dimensies.length === 0;
            if (!zonder && Object.keys(m.dimensies).length === 0) continue; // a total of parts: the parts count
            for (const g of [m.gemeente, 'totaal']) {
              if (!zonder)
                telBij(JSON.stringify([g, m.periode, m.indicator, JSON.stringify(m.dimensies)]), m.waarde ?? 0);
              telBij(JSON.stringify([g, m.periode, m.indicator, 'alle']), m.waarde ?? 0);
            }
          }
          for (const c of alles) {
            if (c.statistiek !== 'aantal') continue;
            const p = perioden.find((x) => x.label === c.periode);
            const stand = INDICATOREN[set].find((d) => d.indicator === c.indicator)?.soort === 'stand';
            const maanden = stand ? [p?.tot ?? ''] : maandenTussen(p?.vanaf ?? '', p?.tot ?? '');
            const dims = Object.keys(c.dimensies).length === 0 ? 'alle' : JSON.stringify(c.dimensies);
            const som = maanden.reduce(
              (s, m) => s + (maandWaarde.get(JSON.stringify([c.gemeente, m, c.indicator, dims])) ?? 0),
              0,
            );
            expect(c.waarde ?? 0, JSON.stringify(c)).toBe(som);
          }
          // 4. the attacker pins no true count of 1 to 4: not of a month, a period, a stand or a stand's change
          for (const g of GEMEENTEN) {
            for (const [sleutel, reeks] of aanval(maand, g)) {
              const [indicator, dims] = sleutel.split('|') as [string, string];
              const waar = waarReeks(w, g, set, celSleutel(indicator, JSON.parse(dims)));
              for (let a = 0; a < reeks.length; a++) {
                for (let b = a + 1; b < reeks.length; b++) {
                  const [ia, ib] = [reeks[a] as Interval, reeks[b] as Interval];
                  expect(ia.lo <= (waar[a] as number) && (waar[a] as number) <= ia.hi).toBe(true);
                  const lo = Math.max(0, ib.lo - ia.hi);
                  const hi = ib.hi - ia.lo;
                  const gepind = lo === hi && lo >= 1 && lo <= 4;
                  expect(gepind, `${g} ${sleutel} months ${a}..${b}: [${lo}, ${hi}]`).toBe(false);
                }
                const stand = reeks[a] as Interval;
                const gepind = stand.lo === stand.hi && stand.lo >= 1 && stand.lo <= 4;
                expect(gepind, `${g} ${sleutel} running total ${a}`).toBe(false);
              }
            }
          }
        }
      }),
      { numRuns: 30, seed: 22 },
    );
  }, 240_000);

  it('12: no median or p90 is published over too few values or as the one largest value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ maand: fc.constantFrom(...MAANDEN), dagen: fc.integer({ min: 1, max: 200 }) }), {
          maxLength: 40,
        }),
        (intervallen) => {
          const w: Wereld = new Map();
          for (const { maand, dagen } of intervallen) {
            zet(w, '0361', 'doorlooptijden', maand, celSleutel('koppeling--woningtoewijzing', {}, dagen), 1);
          }
          for (const c of allesOver(w, 'doorlooptijden', ['0361'])) {
            if (c.indicator !== 'koppeling--woningtoewijzing' || c.statistiek === 'aantal' || c.onderdrukt) continue;
            const p = REGIE_PERIODEN.flatMap((s) => periodenTussen(s, VANAF, TOT)).find((x) => x.label === c.periode);
            const waarden = intervallen
              .filter((i) => i.maand >= (p?.vanaf ?? '') && i.maand <= (p?.tot ?? ''))
              .map((i) => i.dagen)
              .sort((a, b) => a - b);
            expect(waarden.length).toBeGreaterThanOrEqual(c.statistiek === 'p90' ? MIN_P90 : MIN_MEDIAAN);
            const max = waarden[waarden.length - 1] as number;
            const uniek = waarden.filter((d) => d === max).length === 1;
            expect(uniek && c.waarde === max, `${c.periode} ${c.statistiek} ${c.waarde}`).toBe(false);
          }
        },
      ),
      { numRuns: 100, seed: 22 },
    );
  });
});

// A quick check of the helper: plusMaanden is the month arithmetic the periods use.
it('the month before January is December of the year before', () => {
  expect(plusMaanden('2026-01', -1)).toBe('2025-12');
});
