/**
 * Statistics of a distribution of days, from a histogram (days -> how many intervals took that long). Bins with a
 * count of zero or less (a retraction that arrived before the count it retracts) hold no intervals.
 */
export type Histogram = ReadonlyMap<number, number>;

const gesorteerd = (h: Histogram) =>
  [...h.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b) as [number, number][];

export const aantalIn = (h: Histogram) => gesorteerd(h).reduce((som, [, n]) => som + n, 0);

/** Adds histograms (the months of a period). */
export function samen(histogrammen: Iterable<Histogram>): Map<number, number> {
  const uit = new Map<number, number>();
  for (const h of histogrammen) for (const [d, n] of h) uit.set(d, (uit.get(d) ?? 0) + n);
  return uit;
}

/** The value at 0-based rank `k` of the sorted values. */
function opRang(bakken: readonly [number, number][], k: number): number {
  let gezien = 0;
  for (const [dagen, n] of bakken) {
    gezien += n;
    if (k < gezien) return dagen;
  }
  throw new Error('rank outside the distribution');
}

/**
 * The q-quantile by linear interpolation between order statistics (Hyndman and Fan's type 7, the default of R and
 * of most spreadsheets): h = q (n - 1), the value x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]), 0-based.
 * Unlike the nearest rank it is not the largest value of a small set (nearest-rank p90 of 5 to 9 values is the max).
 */
export function kwantiel(h: Histogram, q: number): number | undefined {
  const bakken = gesorteerd(h);
  const n = aantalIn(h);
  if (n === 0) return undefined;
  const pos = q * (n - 1);
  const onder = Math.floor(pos);
  const laag = opRang(bakken, onder);
  if (onder + 1 >= n) return laag;
  return laag + (pos - onder) * (opRang(bakken, onder + 1) - laag);
}

/** The median: the middle value, or the mean of the two middle values for an even count. Undefined when empty. */
export const mediaan = (h: Histogram) => kwantiel(h, 0.5);

/** The 90th percentile (type 7, whole days). Undefined when empty. */
export function p90(h: Histogram): number | undefined {
  const w = kwantiel(h, 0.9);
  return w === undefined ? undefined : Math.round(w);
}

/** The fewest values a median may be published over (2 below and 2 above it), and a p90 (at least one above it). */
export const MIN_MEDIAAN = 5;
export const MIN_P90 = 10;

/**
 * Whether a percentile may be published: over enough values, and not the value of the one largest interval (a
 * value that only one person has at the top is that person's own number of days).
 */
export function percentielToonbaar(h: Histogram, waarde: number, minimum: number): boolean {
  const bakken = gesorteerd(h);
  if (aantalIn(h) < minimum) return false;
  const [max, hoeveel] = bakken[bakken.length - 1] ?? [0, 0];
  return !(waarde >= max && hoeveel === 1);
}
