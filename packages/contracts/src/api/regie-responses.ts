import * as z from 'zod/mini';
import { DIMENSIE_SLEUTELS, INDICATORSETS, maand } from '../events/regie';
import { cbsCode } from '../primitives';
import { REGIE_PERIODEN } from './regie';

/**
 * `aantal`: a count (a stroom of the month, or a stand at the month's end); `mediaan` and `p90`: days of a
 * doorlooptijd; `aandeel`: a share 0..1 (for example the verwijzingen sent back).
 */
export const STATISTIEKEN = ['aantal', 'mediaan', 'p90', 'aandeel'] as const;
export type Statistiek = (typeof STATISTIEKEN)[number];

const dimensieWaarden = z.partialRecord(z.enum(DIMENSIE_SLEUTELS), z.string());

/** The `gemeente` of a cell that adds up the answer's gemeenten (a samenwerkingsverband's total). */
export const REGIE_TOTAAL = 'totaal';

/**
 * One fixed cell: gemeente (or `totaal`) x period x indicator x one value of each of its dimensions x statistic.
 * Counts are rounded to multiples of 5 (docs/REGIE.md): a count that rounds to 0 is `onderdrukt` ("<5": fewer than
 * five, none included), a median over fewer than 5 or a p90 over fewer than 10 values is `onderdrukt` too. `maand` is
 * the period's last month (a stand is the stand at its end); `periode` its label (`2026-03`, `2026-K1`, `2026-H1`,
 * `2026`).
 */
export const regieCel = z.strictObject({
  gemeente: z.union([cbsCode(), z.literal(REGIE_TOTAAL)]),
  periode: z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]|K[1-4]|H[12]))?$/)),
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
  periode: z.enum(REGIE_PERIODEN),
  vanaf: maand(),
  tot: maand(),
  gemeenten: z.array(cbsCode()),
  cellen: z.array(regieCel),
});
export type RegieResponse = z.infer<typeof regieResponse>;

/** The CSV form (`Accept: text/csv`): this header, `;` separated, dimensies as `fase=opstartfase|doelgroep=nareiziger`, periode as in the cell. */
export const REGIE_CSV_KOP = 'gemeente;periode;indicator;dimensies;statistiek;waarde';
/** How a suppressed cell reads in CSV and on the page. */
export const ONDERDRUKT_LABEL = '<5';
