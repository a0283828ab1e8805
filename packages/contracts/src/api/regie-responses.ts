import * as z from 'zod/mini';
import { DIMENSIE_SLEUTELS, INDICATORSETS, maand } from '../events/regie';
import { cbsCode } from '../primitives';

/**
 * `aantal`: a count (a stroom of the month, or a stand at the month's end); `mediaan` and `p90`: days of a
 * doorlooptijd; `aandeel`: a share 0..1 (for example the verwijzingen sent back).
 */
export const STATISTIEKEN = ['aantal', 'mediaan', 'p90', 'aandeel'] as const;
export type Statistiek = (typeof STATISTIEKEN)[number];

const dimensieWaarden = z.partialRecord(z.enum(DIMENSIE_SLEUTELS), z.string());

/**
 * One fixed, atomic cell: gemeente x month x indicator x one value of each of its dimensions x statistic. A
 * suppressed cell (`onderdrukt`: a count 1..4, a median/p90 over 1 to 4 values, a share whose numerator,
 * complement or denominator is under 5, or a secondary suppression) has `waarde` null and is shown as "<5".
 */
export const regieCel = z.strictObject({
  gemeente: cbsCode(),
  maand: maand(),
  indicator: z.string(),
  dimensies: dimensieWaarden,
  statistiek: z.enum(STATISTIEKEN),
  waarde: z.nullable(z.number()),
  onderdrukt: z.boolean(),
});
export type RegieCel = z.infer<typeof regieCel>;

/**
 * The answer of `GET /v1/regie/<set>`: bounded (gemeenten x at most 24 months x the set's fixed cells), so one
 * document, not a paginated list.
 */
export const regieResponse = z.strictObject({
  indicatorset: z.enum(INDICATORSETS),
  vanaf: maand(),
  tot: maand(),
  gemeenten: z.array(cbsCode()),
  cellen: z.array(regieCel),
});
export type RegieResponse = z.infer<typeof regieResponse>;

/** The CSV form (`Accept: text/csv`): this header, `;` separated, dimensies as `fase=opstartfase|doelgroep=nareiziger`. */
export const REGIE_CSV_KOP = 'gemeente;maand;indicator;dimensies;statistiek;waarde';
/** How a suppressed cell reads in CSV and on the page. */
export const ONDERDRUKT_LABEL = '<5';
