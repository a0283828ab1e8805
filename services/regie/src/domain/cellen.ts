import type { Indicatorset } from '@wegwijs/contracts';
import type { RegieCel, Statistiek } from '@wegwijs/contracts/api/regie-responses';
import { DIMENSIES, INDICATOREN, type IndicatorDefinitie } from '@wegwijs/contracts/events/regie-catalogus';
import { afgerondeStand, afgerondeStroom, lopendTotaal } from './afronding';
import { plusMaanden } from './maanden';
import type { Periode } from './perioden';
import { aantalIn, type Histogram, MIN_MEDIAAN, MIN_P90, mediaan, p90, percentielToonbaar, samen } from './statistiek';
import { celSleutel, type Tellers, uitCelSleutel } from './tellers';

/** The counters of one gemeente and indicator set, summed over shards, per month: every month up to the answer's end. */
export type PerMaand = ReadonlyMap<string, Tellers>;

type Dims = Record<string, string>;

/** Every combination of the values of the given dimensions, in the catalogue's order of keys. */
function combinaties(sleutels: readonly (keyof typeof DIMENSIES)[]): Dims[] {
  return sleutels.reduce<Dims[]>((acc, k) => acc.flatMap((d) => DIMENSIES[k].map((v) => ({ ...d, [k]: v }))), [{}]);
}

/** A published count: a multiple of 5, or "<5" (null, onderdrukt) where it rounds to 0 or below. */
export const telling = (afgerond: number) =>
  afgerond >= 5 ? { waarde: afgerond, onderdrukt: false } : { waarde: null, onderdrukt: true };

/** The published value of a count cell as a number (a "<5" counts as its rounded 0): what totals add up. */
export const gepubliceerd = (c: Pick<RegieCel, 'waarde'>) => c.waarde ?? 0;

const cel = (
  gemeente: string,
  periode: Periode,
  indicator: string,
  dimensies: Dims,
  statistiek: Statistiek,
  uitkomst: { waarde: number | null; onderdrukt: boolean },
): RegieCel => ({
  gemeente,
  periode: periode.label,
  maand: periode.tot,
  indicator,
  dimensies,
  statistiek,
  ...uitkomst,
});

/** The month-by-month values of one series (one cell key) of a set's counters. */
function reeks(perMaand: PerMaand, sleutel: string): Map<string, number> {
  const uit = new Map<string, number>();
  for (const [maand, tellers] of perMaand) {
    const n = tellers[sleutel];
    if (n !== undefined) uit.set(maand, n);
  }
  return uit;
}

/** The rounded count of a series over a period: a stand at its end, a stroom over its months. */
function afgerond(def: IndicatorDefinitie, totaal: (maand: string) => number, p: Periode): number {
  return def.soort === 'stand'
    ? afgerondeStand(totaal, p.tot)
    : afgerondeStroom(totaal, plusMaanden(p.vanaf, -1), p.tot);
}

/**
 * The counts of an indicator per combination of its dimension values; with one dimension also its total
 * (dimensies {}), which is the sum of its published parts: it adds nothing to what they tell.
 */
function aantallen(gemeente: string, perioden: readonly Periode[], def: IndicatorDefinitie, perMaand: PerMaand) {
  const uit: RegieCel[] = [];
  const delen = combinaties(def.dimensies).map((d) => ({
    d,
    totaal: lopendTotaal(reeks(perMaand, celSleutel(def.indicator, d))),
  }));
  for (const p of perioden) {
    const cellen = delen.map(({ d, totaal }) =>
      cel(gemeente, p, def.indicator, d, 'aantal', telling(afgerond(def, totaal, p))),
    );
    uit.push(...cellen);
    if (def.dimensies.length === 1) {
      const som = cellen.reduce((s, c) => s + gepubliceerd(c), 0);
      uit.push(cel(gemeente, p, def.indicator, {}, 'aantal', telling(som)));
    }
  }
  return uit;
}

/** The histogram of days of a doorlooptijd in one month. */
function histogramVan(def: IndicatorDefinitie, tellers: Tellers): Map<number, number> {
  const h = new Map<number, number>();
  for (const [sleutel, n] of Object.entries(tellers)) {
    const c = uitCelSleutel(sleutel);
    if (c.indicator === def.indicator && c.dagen !== undefined) h.set(c.dagen, (h.get(c.dagen) ?? 0) + n);
  }
  return h;
}

/** A median or p90 of the period's days: published over enough values and when it is not one person's own value. */
function percentiel(h: Histogram, waarde: number | undefined, minimum: number) {
  if (waarde === undefined || !percentielToonbaar(h, waarde, minimum)) return { waarde: null, onderdrukt: true };
  return { waarde, onderdrukt: false };
}

/** Number (rounded like every count), median and p90 of the days of one doorlooptijd per period. */
function verdeling(gemeente: string, perioden: readonly Periode[], def: IndicatorDefinitie, perMaand: PerMaand) {
  const perMaandHistogram = new Map([...perMaand].map(([m, t]) => [m, histogramVan(def, t)] as const));
  const totaal = lopendTotaal(new Map([...perMaandHistogram].map(([m, h]) => [m, aantalIn(h)])));
  return perioden.flatMap((p) => {
    const h = samen([...perMaandHistogram].filter(([m]) => m >= p.vanaf && m <= p.tot).map(([, h]) => h));
    return [
      cel(gemeente, p, def.indicator, {}, 'aantal', telling(afgerondeStroom(totaal, plusMaanden(p.vanaf, -1), p.tot))),
      cel(gemeente, p, def.indicator, {}, 'mediaan', percentiel(h, mediaan(h), MIN_MEDIAAN)),
      cel(gemeente, p, def.indicator, {}, 'p90', percentiel(h, p90(h), MIN_P90)),
    ];
  });
}

/**
 * The share of the verwijzingen decided that were sent back, per partner, computed from the PUBLISHED (rounded)
 * counts teruggewezen / (geaccepteerd + teruggewezen), so it tells nothing they do not; shown when both are 5 or more.
 */
export function aandelenTeruggewezen(aantalCellen: readonly RegieCel[]): RegieCel[] {
  const sleutel = (c: RegieCel, uitkomst: string | undefined) =>
    `${c.gemeente}|${c.periode}|${c.dimensies.partner}|${uitkomst}`;
  const geaccepteerd = new Map<string, number>();
  for (const c of aantalCellen) {
    if (c.indicator === 'uitkomst' && c.dimensies.uitkomst === 'geaccepteerd') {
      geaccepteerd.set(sleutel(c, 'geaccepteerd'), gepubliceerd(c));
    }
  }
  const uit: RegieCel[] = [];
  for (const terug of aantalCellen) {
    if (terug.indicator !== 'uitkomst' || terug.dimensies.uitkomst !== 'teruggewezen') continue;
    const t = gepubliceerd(terug);
    const a = geaccepteerd.get(sleutel(terug, 'geaccepteerd')) ?? 0;
    const waarde = t >= 5 && a >= 5 ? Math.round((t / (t + a)) * 1000) / 1000 : null;
    uit.push({ ...terug, statistiek: 'aandeel', waarde, onderdrukt: waarde === null });
  }
  return uit;
}

/** Minutes to whole hours (never -0). */
const uren = (minuten: number) => Math.round(minuten / 60) + 0;

/**
 * The hours of begeleiding (report 1.2.2) per period and combination of the dimensions: the minutes counted, in whole
 * hours, published like every count (the running total of hours rounded to 5, "<5" below), so months add up exactly
 * to quarters and years and no hours figure is 1 to 4; and only where the contactmomenten of the same cell are shown:
 * the hours of fewer than five contacts would tell one contact's duration.
 */
function urenVan(
  gemeente: string,
  perioden: readonly Periode[],
  def: IndicatorDefinitie,
  perMaand: PerMaand,
  contacten: readonly RegieCel[],
) {
  const getoond = new Set(contacten.filter((c) => !c.onderdrukt).map((c) => JSON.stringify([c.periode, c.dimensies])));
  const cellen = combinaties(def.dimensies).flatMap((d) => {
    const minuten = lopendTotaal(reeks(perMaand, celSleutel(def.indicator, d)));
    const totaal = (maand: string) => uren(minuten(maand));
    return perioden.map((p) => {
      const toon = getoond.has(JSON.stringify([p.label, d]));
      return cel(gemeente, p, def.indicator, d, 'aantal', toon ? telling(afgerond(def, totaal, p)) : telling(0));
    });
  });
  return cellen;
}

/**
 * Every fixed cell of an indicator set for one gemeente and the given periods (pure): gemeente x period x indicator x
 * one value of each dimension x statistic. `perMaand` holds every month up to the last period's end (the running
 * totals start at the first month with data). A cell does not depend on the filter: the same gemeente and period
 * give the same cell whatever else was asked.
 */
export function cellenVan(
  set: Indicatorset,
  gemeente: string,
  perioden: readonly Periode[],
  perMaand: PerMaand,
): RegieCel[] {
  const uit: RegieCel[] = [];
  for (const def of INDICATOREN[set]) {
    if (set === 'contacten' && def.indicator === 'uren') {
      const contacten = uit.filter((c) => c.indicator === 'contactmomenten' && c.statistiek === 'aantal');
      uit.push(...urenVan(gemeente, perioden, def, perMaand, contacten));
      continue;
    }
    const cellen =
      def.soort === 'verdeling'
        ? verdeling(gemeente, perioden, def, perMaand)
        : aantallen(gemeente, perioden, def, perMaand);
    uit.push(...cellen);
    if (set === 'verwijzingen' && def.indicator === 'uitkomst') uit.push(...aandelenTeruggewezen(cellen));
  }
  return uit;
}
