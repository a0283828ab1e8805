/** Calendar arithmetic on `YYYY-MM-DD` dates (UTC, no time of day). */

const DAG_MS = 24 * 3600 * 1000;

const naarDate = (datum: string) => new Date(`${datum}T00:00:00Z`);
const naarDatum = (d: Date) => d.toISOString().slice(0, 10);

/** `datum` plus whole months; the day is clamped to the end of a shorter month (31 jan + 1 = 28/29 feb). */
export function plusMaanden(datum: string, maanden: number): string {
  const d = naarDate(datum);
  const dag = d.getUTCDate();
  const doel = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + maanden, 1));
  const laatsteDag = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(dag, laatsteDag));
  return naarDatum(doel);
}

/** Whole days from `van` to `tot` (negative when `tot` is earlier). */
export const dagenTussen = (van: string, tot: string): number =>
  Math.round((naarDate(tot).getTime() - naarDate(van).getTime()) / DAG_MS);

/** ISO dates compare as strings; a date that is not there (no koppeling, report 4.4) is before nor after anything. */
export const isVoor = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a < b;
