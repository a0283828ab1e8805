/**
 * Rounding to a base of 5, the way every regie count is published (docs/REGIE.md, "Small numbers").
 *
 * A series (one gemeente, indicator and dimension values, per month) is published through its running total: the
 * rounded running total at the end of each month. A stand IS its running total, so it is published rounded; a
 * stroom over a period is the rounded running total at the period's end minus the one before its start. So months
 * add up exactly to quarters, half years and years, every published figure is a function of the rounded running
 * totals alone, and no difference of figures (over time, between periods) tells more than those do: each running
 * total is known only to within -2..+2, a month's count only to within -4..+4.
 */
export const BASIS = 5;

/** The nearest multiple of 5 (0-2 -> 0, 3-7 -> 5, ...; never -0). */
export const rond = (v: number) => BASIS * Math.round(v / BASIS) + 0;

/** The running total of a series at any month: the sum of its values of all months up to and including it. */
export function lopendTotaal(perMaand: ReadonlyMap<string, number>): (maand: string) => number {
  const maanden = [...perMaand.keys()].sort();
  const totalen: number[] = [];
  let som = 0;
  for (const m of maanden) {
    som += perMaand.get(m) ?? 0;
    totalen.push(som);
  }
  return (maand) => {
    let t = 0;
    for (let i = 0; i < maanden.length && (maanden[i] as string) <= maand; i++) t = totalen[i] as number;
    return t;
  };
}

/** A stroom over months `vanaf`..`tot`: the rounded running total at `tot` minus the one at the month before `vanaf`. */
export const afgerondeStroom = (totaal: (maand: string) => number, voorVanaf: string, tot: string) =>
  rond(totaal(tot)) - rond(totaal(voorVanaf));

/** A stand at the end of `tot`: its rounded running total. */
export const afgerondeStand = (totaal: (maand: string) => number, tot: string) => rond(totaal(tot));
