import type { RegieCel } from '@wegwijs/contracts/api/regie-responses';

/** The smallest count that may be shown; 1 to 4 are shown as "<5" (and 0 as 0). */
export const DREMPEL = 5;

/**
 * A cell with its raw value and what the rules need to judge it: `aantal` the number of values behind a median or
 * p90, `teller`/`noemer` of a share, and `groep` when the cell is a part or the total of a published total (totaal).
 */
export interface RuweCel extends Omit<RegieCel, 'onderdrukt'> {
  aantal?: number;
  teller?: number;
  noemer?: number;
  groep?: { sleutel: string; totaal: boolean };
}

const klein = (n: number) => n !== 0 && n < DREMPEL;

/** Primary suppression: a count 1..4; a median or p90 over fewer than 5 values; a share whose numerator, complement or denominator is under 5. */
export function primairOnderdrukt(c: RuweCel): boolean {
  switch (c.statistiek) {
    case 'aantal':
      return c.waarde === null || klein(c.waarde);
    case 'mediaan':
    case 'p90':
      return (c.aantal ?? 0) < DREMPEL;
    case 'aandeel': {
      const teller = c.teller ?? 0;
      const noemer = c.noemer ?? 0;
      return teller < DREMPEL || noemer < DREMPEL || noemer - teller < DREMPEL;
    }
  }
}

/**
 * Secondary suppression in a group of parts with their published total: if exactly one part is hidden, or the hidden
 * parts sum to 1..4, the total minus the shown parts would give them away, so the next-smallest shown non-zero part
 * is hidden too, until that no longer holds (or, with no part left to hide, the total).
 */
function secundair(totaal: RuweCel, delen: readonly RuweCel[], verborgen: Set<RuweCel>): void {
  if (verborgen.has(totaal)) return;
  for (;;) {
    const weg = delen.filter((d) => verborgen.has(d));
    const som = weg.reduce((s, d) => s + (d.waarde ?? 0), 0);
    if (weg.length === 0 || (weg.length >= 2 && !klein(som))) return;
    const volgende = delen
      .filter((d) => !verborgen.has(d) && d.waarde !== 0)
      .sort((a, b) => (a.waarde ?? 0) - (b.waarde ?? 0))[0];
    if (!volgende) {
      verborgen.add(totaal);
      return;
    }
    verborgen.add(volgende);
  }
}

/** Applies primary and secondary suppression: a suppressed cell's value is null (shown as "<5"). */
export function onderdruk(cellen: readonly RuweCel[]): RegieCel[] {
  const verborgen = new Set(cellen.filter(primairOnderdrukt));
  const groepen = new Map<string, { totaal?: RuweCel; delen: RuweCel[] }>();
  for (const c of cellen) {
    if (!c.groep) continue;
    const g = groepen.get(c.groep.sleutel) ?? { delen: [] };
    if (c.groep.totaal) g.totaal = c;
    else g.delen.push(c);
    groepen.set(c.groep.sleutel, g);
  }
  for (const { totaal, delen } of groepen.values()) if (totaal) secundair(totaal, delen, verborgen);
  return cellen.map((c) => {
    const onderdrukt = verborgen.has(c);
    const { gemeente, maand, indicator, dimensies, statistiek } = c;
    return { gemeente, maand, indicator, dimensies, statistiek, waarde: onderdrukt ? null : c.waarde, onderdrukt };
  });
}
