/** Small statistics for benchmarks: medians and percentiles of repeated measurements. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export async function measure(runs: number, fn: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** `a` as a multiple of `b`, e.g. `3.2x`. */
export const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;

/** `median X ms  p95 Y ms` of a sample set. */
export const mediaanP95 = (samples: readonly number[]) =>
  `median ${ms(median(samples))}  p95 ${ms(percentile(samples, 95))}`;

/** Pads the cells of each row to the widest cell of its column (left-aligned first column, right-aligned others). */
export function tabel(rijen: readonly (readonly string[])[]): string[] {
  const breedtes = rijen[0]?.map((_, k) => Math.max(...rijen.map((r) => (r[k] ?? '').length))) ?? [];
  return rijen.map((r) =>
    r.map((cel, k) => (k === 0 ? cel.padEnd(breedtes[k] ?? 0) : cel.padStart(breedtes[k] ?? 0))).join('  '),
  );
}
