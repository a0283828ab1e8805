/**
 * The arithmetic of regie's tellingen (issue 13), shared by every producer: a producer derives the tellingen of an
 * aggregate's state (every counted fact it holds, each +1, a stand as +1 when entered and -1 when left), and what a
 * write publishes is the difference after minus before. So a corrected date retracts the old count and adds the new
 * one, and a write that changes nothing (a replay) publishes nothing. Deltas commute: regie may apply them in any order.
 */
import type { Indicatorset, Telling } from './events/regie';

export type { Telling } from './events/regie';

/** A RegietellingenBijgewerkt carries at most this many tellingen. */
export const MAX_TELLINGEN_PER_EVENT = 100;

/** The month of a `YYYY-MM-DD` date or an ISO timestamp (UTC). */
export const maandVan = (datum: string) => datum.slice(0, 7);

/** A telling without its delta: what deltas are summed per. */
const sleutelVan = (t: Telling) =>
  JSON.stringify([
    t.indicatorset,
    t.indicator,
    t.maand,
    Object.entries(t.dimensies).sort(([a], [b]) => a.localeCompare(b)),
    t.dagen ?? null,
  ]);

/** The tellingen summed per cell (indicator, month, dimensions, days): cells that net to zero are left out. */
export function saldo(tellingen: readonly Telling[]): Telling[] {
  const cellen = new Map<string, Telling>();
  for (const t of tellingen) {
    const sleutel = sleutelVan(t);
    const bestaand = cellen.get(sleutel);
    cellen.set(sleutel, bestaand ? { ...bestaand, delta: bestaand.delta + t.delta } : { ...t });
  }
  return [...cellen.entries()]
    .filter(([, t]) => t.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => t);
}

/** What a write adds: the tellingen of the state after it minus those of the state before it, netted per cell. */
export const verschil = (voor: readonly Telling[], na: readonly Telling[]): Telling[] =>
  saldo([...na, ...voor.map((t) => ({ ...t, delta: -t.delta }))]);

/** The tellingen in events of at most MAX_TELLINGEN_PER_EVENT each (none when there are none). */
export function inPartijen(tellingen: readonly Telling[], max = MAX_TELLINGEN_PER_EVENT): Telling[][] {
  const partijen: Telling[][] = [];
  for (let i = 0; i < tellingen.length; i += max) partijen.push(tellingen.slice(i, i + max));
  return partijen;
}

/** One counted fact of the state: +1 in the month of `datum`. */
export const feit = (
  indicatorset: Indicatorset,
  indicator: string,
  datum: string,
  dimensies: Telling['dimensies'] = {},
  extra: { delta?: number; dagen?: number } = {},
): Telling => ({
  indicatorset,
  indicator,
  maand: maandVan(datum),
  dimensies,
  delta: extra.delta ?? 1,
  ...(extra.dagen !== undefined ? { dagen: extra.dagen } : {}),
});

/** A stand over an interval: +1 in the month it was entered, -1 in the month it was left (when it was). */
export const stand = (
  indicatorset: Indicatorset,
  indicator: string,
  van: string,
  tot: string | undefined,
  dimensies: Telling['dimensies'] = {},
): Telling[] => [
  feit(indicatorset, indicator, van, dimensies),
  ...(tot === undefined ? [] : [feit(indicatorset, indicator, tot, dimensies, { delta: -1 })]),
];
