import type { Telling } from '@wegwijs/contracts';

/**
 * The counters of one item: per cell (indicator, dimension values and, for a verdeling, the days) the sum of the
 * deltas applied to it. Cells that sum to zero are left out. Only codes, months and counts: no person in here.
 */
export type Tellers = Readonly<Record<string, number>>;

/** One item's state: its counters and the ids of the events applied to it (exactly once, whatever the delivery). */
export interface Vak {
  readonly tellers: Tellers;
  readonly toegepast: readonly string[];
}

/** A cell's key: `indicator|k=v,k=v|dagen` with the dimension keys sorted (codes hold no `|`, `,` or `=`). */
export function celSleutel(indicator: string, dimensies: Readonly<Record<string, string>>, dagen?: number): string {
  const dims = Object.keys(dimensies)
    .sort()
    .map((k) => `${k}=${dimensies[k]}`)
    .join(',');
  return `${indicator}|${dims}|${dagen ?? ''}`;
}

export interface Cel {
  indicator: string;
  dimensies: Record<string, string>;
  dagen?: number;
}

export function uitCelSleutel(sleutel: string): Cel {
  const [indicator = '', dims = '', dagen = ''] = sleutel.split('|');
  const dimensies = Object.fromEntries(
    dims === '' ? [] : dims.split(',').map((kv) => kv.split('=') as [string, string]),
  );
  return { indicator, dimensies, ...(dagen === '' ? {} : { dagen: Number(dagen) }) };
}

/** Adds deltas to counters; a cell that comes to zero disappears. */
export function telOp(tellers: Tellers, bij: Iterable<readonly [string, number]>): Record<string, number> {
  const uit: Record<string, number> = { ...tellers };
  for (const [sleutel, delta] of bij) {
    const som = (uit[sleutel] ?? 0) + delta;
    if (som === 0) delete uit[sleutel];
    else uit[sleutel] = som;
  }
  return uit;
}

/**
 * Applies one event's tellingen to an item: undefined when the event was applied to it before (a duplicate or a
 * redelivery after a crash), else the new state with the event's id. Deltas commute, so the order of events does not
 * matter as long as each is applied once.
 */
export function pasToe(vak: Vak | undefined, eventId: string, tellingen: readonly Telling[]): Vak | undefined {
  if (vak?.toegepast.includes(eventId)) return undefined;
  const deltas = tellingen.map(
    (t) => [celSleutel(t.indicator, t.dimensies as Record<string, string>, t.dagen), t.delta] as const,
  );
  return { tellers: telOp(vak?.tellers ?? {}, deltas), toegepast: [...(vak?.toegepast ?? []), eventId] };
}

/** The tellingen of one event per item: grouped by indicator set and month (the item holds one of each). */
export function perVak(
  tellingen: readonly Telling[],
): Map<string, { indicatorset: Telling['indicatorset']; maand: string; tellingen: Telling[] }> {
  const groepen = new Map<string, { indicatorset: Telling['indicatorset']; maand: string; tellingen: Telling[] }>();
  for (const t of tellingen) {
    const sleutel = `${t.indicatorset}#${t.maand}`;
    const groep = groepen.get(sleutel) ?? { indicatorset: t.indicatorset, maand: t.maand, tellingen: [] };
    groep.tellingen.push(t);
    groepen.set(sleutel, groep);
  }
  return groepen;
}
