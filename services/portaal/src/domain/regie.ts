import { REGIE_MAX_MAANDEN, REGIE_PERIODEN, type RegiePeriode } from '@wegwijs/contracts/api/regie';
import type { Indicatorset, RegieAntwoord, RegieCel, Statistiek } from './regie-typen';

/** The filter of a regie page: whole gemeenten and whole months only (never a sub-population). */
export interface RegieFilter {
  /** The gemeenten asked for; empty = all the caller's gemeenten (the API's default). */
  gemeenten: string[];
  vanaf: string;
  tot: string;
  /** Months, quarters, half years or years (the API's `periode`). */
  periode: RegiePeriode;
}

export type FilterFout = 'maand' | 'volgorde' | 'te-lang' | 'periode';

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

const LENGTE: Record<RegiePeriode, number> = { maand: 1, kwartaal: 3, halfjaar: 6, jaar: 12 };

/** The labels of the whole periods that cover vanaf..tot, as the API names them (2026-03, 2026-K1, 2026-H1, 2026). */
export function periodeLabels(periode: RegiePeriode, vanaf: string, tot: string): string[] {
  const lengte = LENGTE[periode];
  const uit: string[] = [];
  const begin = maandIndex(vanaf) - (maandIndex(vanaf) % lengte);
  for (let i = begin; i <= maandIndex(tot); i += lengte) {
    const jaar = Math.floor(i / 12);
    const binnen = i % 12;
    if (periode === 'maand') uit.push(maandVan(i));
    else if (periode === 'kwartaal') uit.push(`${jaar}-K${binnen / 3 + 1}`);
    else if (periode === 'halfjaar') uit.push(`${jaar}-H${binnen / 6 + 1}`);
    else uit.push(String(jaar));
  }
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
  const periode = (query.get('periode') || 'maand') as RegiePeriode;
  if (!REGIE_PERIODEN.includes(periode)) return 'periode';
  if (periodeLabels(periode, vanaf, tot).length > MAX_MAANDEN) return 'te-lang';
  const gemeenten = [...new Set(query.getAll('gemeente').filter((g) => CBS.test(g)))];
  return { gemeenten, vanaf, tot, periode };
}

/** The query string of a filter, for the API, the CSV link and the set links (gemeenten in the order given). */
export function filterQuery(f: RegieFilter): string {
  const q = new URLSearchParams();
  for (const g of f.gemeenten) q.append('gemeente', g);
  q.set('vanaf', f.vanaf);
  q.set('tot', f.tot);
  if (f.periode !== 'maand') q.set('periode', f.periode);
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
  /** Per period label, per gemeente (or `totaal`); a cell the answer does not contain is absent (no figure). */
  waarden: Map<string, Map<string, Waarde>>;
}

export interface Reeksen {
  indicatorset: Indicatorset;
  periode: RegiePeriode;
  /** The period labels, in order (months, or 2026-K1, 2026-H1, 2026). */
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
 * per period and gemeente. Nothing is added up here: the page shows exactly the cells the API published (its totals
 * included).
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
    let maand = reeks.waarden.get(cel.periode);
    if (!maand) {
      maand = new Map();
      reeks.waarden.set(cel.periode, maand);
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
    periode: antwoord.periode,
    maanden: periodeLabels(antwoord.periode, antwoord.vanaf, antwoord.tot),
    // the gemeenten side by side, then their total (a samenwerkingsverband's), which the API adds for several
    gemeenten: [...antwoord.gemeenten, ...(antwoord.cellen.some((c) => c.gemeente === 'totaal') ? ['totaal'] : [])],
    perIndicator,
  };
}

/**
 * Whether a series says nothing but "<5": every published cell rounds to 0 (counts are rounded to 5, and a count that
 * rounds to 0 reads "<5", none included). The page lists such series in a sentence instead of drawing charts of
 * hatched bars; the CSV still has every cell. A median or p90 that is hidden is not "nothing": it is drawn.
 */
export function isNul(reeks: Reeks): boolean {
  if (reeks.statistiek !== 'aantal') return false;
  for (const perGemeente of reeks.waarden.values()) {
    for (const w of perGemeente.values()) if (w.soort === 'getal' && w.waarde !== 0) return false;
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
