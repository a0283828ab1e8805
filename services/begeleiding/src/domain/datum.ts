/** Calendar dates `YYYY-MM-DD` (UTC). Dates compare correctly as strings. */

const DAG_MS = 24 * 3600 * 1000;
/** The fraction of a month in days (Tholen's opstartfase is 1.5 months: one month and 15 days). */
const DAGEN_PER_MAAND = 30;

const naarMs = (datum: string) => Date.parse(`${datum}T00:00:00Z`);
const naarDatum = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const plusDagen = (datum: string, dagen: number) => naarDatum(naarMs(datum) + dagen * DAG_MS);

/**
 * Adds months, clamping to the last day of a shorter month (31 January + 1 month = 28 or 29 February). A fraction of
 * a month adds whole days: `round(fraction * 30)`.
 */
export function plusMaanden(datum: string, maanden: number): string {
  const hele = Math.trunc(maanden);
  const restDagen = Math.round((maanden - hele) * DAGEN_PER_MAAND);
  const d = new Date(naarMs(datum));
  const totaal = d.getUTCMonth() + hele;
  const jaar = d.getUTCFullYear() + Math.floor(totaal / 12);
  const maand = ((totaal % 12) + 12) % 12;
  const laatsteDag = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  const basis = Date.UTC(jaar, maand, Math.min(d.getUTCDate(), laatsteDag));
  return naarDatum(basis + restDagen * DAG_MS);
}

/** Whole days from `van` to `tot` (negative when `tot` is earlier). */
export const dagenTussen = (van: string, tot: string) => Math.round((naarMs(tot) - naarMs(van)) / DAG_MS);

export const vroegste = (...datums: (string | undefined)[]) =>
  datums
    .filter((d): d is string => d !== undefined)
    .reduce<string | undefined>((a, b) => (a && a < b ? a : b), undefined);
export const laatste = (...datums: (string | undefined)[]) =>
  datums
    .filter((d): d is string => d !== undefined)
    .reduce<string | undefined>((a, b) => (a && a > b ? a : b), undefined);
