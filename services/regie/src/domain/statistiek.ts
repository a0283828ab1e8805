/**
 * Statistics of a distribution of days, from a histogram (days -> how many intervals took that long). Bins with a
 * count of zero or less (a retraction that arrived before the count it retracts) hold no intervals.
 */
export type Histogram = ReadonlyMap<number, number>;

const gesorteerd = (h: Histogram) =>
  [...h.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b) as [number, number][];

export const aantalIn = (h: Histogram) => gesorteerd(h).reduce((som, [, n]) => som + n, 0);

/** The value at 0-based rank `k` of the sorted values. */
function opRang(bakken: readonly [number, number][], k: number): number {
  let gezien = 0;
  for (const [dagen, n] of bakken) {
    gezien += n;
    if (k < gezien) return dagen;
  }
  throw new Error('rank outside the distribution');
}

/** The median: the middle value, or the mean of the two middle values for an even count. Undefined when empty. */
export function mediaan(h: Histogram): number | undefined {
  const bakken = gesorteerd(h);
  const n = aantalIn(h);
  if (n === 0) return undefined;
  if (n % 2 === 1) return opRang(bakken, (n - 1) / 2);
  return (opRang(bakken, n / 2 - 1) + opRang(bakken, n / 2)) / 2;
}

/** The 90th percentile by nearest rank: the value at rank ceil(0.9 n) (1-based). Undefined when empty. */
export function p90(h: Histogram): number | undefined {
  const n = aantalIn(h);
  if (n === 0) return undefined;
  return opRang(gesorteerd(h), Math.ceil(0.9 * n) - 1);
}
