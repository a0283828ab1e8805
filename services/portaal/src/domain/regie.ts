import { REGIE_MAX_MAANDEN } from '@wegwijs/contracts/api/regie';
import type { Indicatorset, RegieAntwoord, RegieCel, Statistiek } from './regie-typen';

/** The filter of a regie page: whole gemeenten and whole months only (never a sub-population). */
export interface RegieFilter {
  /** The gemeenten asked for; empty = all the caller's gemeenten (the API's default). */
  gemeenten: string[];
  vanaf: string;
  tot: string;
}

export type FilterFout = 'maand' | 'volgorde' | 'te-lang';

const MAAND = /^\d{4}-(0[1-9]|1[0-2])$/;
const CBS = /^\d{4}$/;
/** The API answers at most 24 months (the contract's rule); the page says so before it asks. */
export const MAX_MAANDEN = REGIE_MAX_MAANDEN;

const maandIndex = (maand: string) => Number(maand.slice(0, 4)) * 12 + Number(maand.slice(5, 7)) - 1;
const maandVan = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The months from `vanaf` to `tot`, both included ('YYYY-MM'). */
export function maanden(vanaf: string, tot: string): string[] {
  const uit: string[] = [];
  for (let i = maandIndex(vanaf); i <= maandIndex(tot); i++) uit.push(maandVan(i));
  return uit;
}

/** The default period: the last 12 months up to the current month (as the API's default). */
export function standaardPeriode(nu: Date): { vanaf: string; tot: string } {
  const tot = nu.toISOString().slice(0, 7);
  return { vanaf: maandVan(maandIndex(tot) - 11), tot };
}

/**
 * Reads the filter of a GET form. Missing months take the default period; a malformed month, a period that runs
 * backwards or one longer than 24 months is a filter error (the page explains it; nothing is asked of the API).
 * Gemeenten are passed on as asked: the API decides what the caller may see (outside their gemeenten: 404).
 */
export function leesFilter(query: URLSearchParams, nu: Date): RegieFilter | FilterFout {
  const standaard = standaardPeriode(nu);
  const vanaf = query.get('vanaf') || standaard.vanaf;
  const tot = query.get('tot') || standaard.tot;
  if (!MAAND.test(vanaf) || !MAAND.test(tot)) return 'maand';
  if (maandIndex(vanaf) > maandIndex(tot)) return 'volgorde';
  if (maandIndex(tot) - maandIndex(vanaf) + 1 > MAX_MAANDEN) return 'te-lang';
  const gemeenten = [...new Set(query.getAll('gemeente').filter((g) => CBS.test(g)))];
  return { gemeenten, vanaf, tot };
}

/** The query string of a filter, for the API, the CSV link and the set links (gemeenten in the order given). */
export function filterQuery(f: RegieFilter): string {
  const q = new URLSearchParams();
  for (const g of f.gemeenten) q.append('gemeente', g);
  q.set('vanaf', f.vanaf);
  q.set('tot', f.tot);
  return q.toString();
}

/** One figure of a cell: a number, or suppressed (shown as "<5", never as 0). */
export type Waarde = { soort: 'getal'; waarde: number } | { soort: 'onderdrukt' };

/** One chart and its table: one indicator, one statistic, one combination of dimension values. */
export interface Reeks {
  sleutel: string;
  indicator: string;
  statistiek: Statistiek;
  /** The dimension values, sorted by dimension name. */
  dimensies: [string, string][];
  /** Per month, per gemeente; a cell the answer does not contain is absent (no figure). */
  waarden: Map<string, Map<string, Waarde>>;
}

export interface Reeksen {
  indicatorset: Indicatorset;
  maanden: string[];
  gemeenten: string[];
  /** Per indicator (in the order of `volgorde`, then of the answer), its series. */
  perIndicator: { indicator: string; reeksen: Reeks[] }[];
}

const STATISTIEK_VOLGORDE: Record<Statistiek, number> = { aantal: 0, mediaan: 1, p90: 2, aandeel: 3 };

const waardeVan = (c: RegieCel): Waarde | undefined =>
  c.onderdrukt ? { soort: 'onderdrukt' } : c.waarde === null ? undefined : { soort: 'getal', waarde: c.waarde };

/**
 * Groups the cells of an answer into series: one per indicator, statistic and dimension combination, with a figure
 * per month and gemeente. Nothing is added up: a total of cells could undo the small-cell protection, so the page
 * shows exactly the cells the API published.
 */
export function reeksenVan(antwoord: RegieAntwoord, volgorde: readonly string[] = []): Reeksen {
  const perSleutel = new Map<string, Reeks>();
  for (const cel of antwoord.cellen) {
    const dimensies = Object.entries(cel.dimensies)
      .filter((d): d is [string, string] => d[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    const sleutel = [cel.indicator, cel.statistiek, ...dimensies.map(([k, v]) => `${k}=${v}`)].join('|');
    let reeks = perSleutel.get(sleutel);
    if (!reeks) {
      reeks = { sleutel, indicator: cel.indicator, statistiek: cel.statistiek, dimensies, waarden: new Map() };
      perSleutel.set(sleutel, reeks);
    }
    const waarde = waardeVan(cel);
    if (!waarde) continue;
    let maand = reeks.waarden.get(cel.maand);
    if (!maand) {
      maand = new Map();
      reeks.waarden.set(cel.maand, maand);
    }
    maand.set(cel.gemeente, waarde);
  }
  const indicatoren = [...new Set([...volgorde, ...[...perSleutel.values()].map((r) => r.indicator)])];
  const perIndicator = indicatoren
    .map((indicator) => ({
      indicator,
      reeksen: [...perSleutel.values()]
        .filter((r) => r.indicator === indicator)
        .sort(
          (a, b) =>
            STATISTIEK_VOLGORDE[a.statistiek] - STATISTIEK_VOLGORDE[b.statistiek] || a.sleutel.localeCompare(b.sleutel),
        ),
    }))
    .filter((i) => i.reeksen.length > 0);
  return {
    indicatorset: antwoord.indicatorset,
    maanden: maanden(antwoord.vanaf, antwoord.tot),
    gemeenten: [...antwoord.gemeenten],
    perIndicator,
  };
}

/**
 * Whether a series says nothing but 0: every published cell is 0 (none suppressed, none above 0). The page lists such
 * series in a sentence instead of drawing empty charts; the CSV still has every cell.
 */
export function isNul(reeks: Reeks): boolean {
  for (const perGemeente of reeks.waarden.values()) {
    for (const w of perGemeente.values()) if (w.soort === 'onderdrukt' || w.waarde !== 0) return false;
  }
  return true;
}

/** The highest figure of a series (0 when it has none): the top of the chart's scale. */
export function hoogste(reeks: Reeks): number {
  let max = 0;
  for (const perGemeente of reeks.waarden.values()) {
    for (const w of perGemeente.values()) if (w.soort === 'getal' && w.waarde > max) max = w.waarde;
  }
  return max;
}

/** A readable scale: a top of 1, 2 or 5 times a power of ten, at least the highest figure (and at least 5). */
export function schaal(max: number): { top: number; stap: number } {
  const doel = Math.max(max, 5);
  const macht = 10 ** Math.floor(Math.log10(doel));
  for (const f of [1, 2, 5, 10]) {
    const top = f * macht;
    if (top >= doel) return { top, stap: top / (f === 1 || f === 10 ? 5 : f === 2 ? 4 : 5) };
  }
  return { top: 10 * macht, stap: 2 * macht };
}
