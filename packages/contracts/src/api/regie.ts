import * as z from 'zod/mini';
import { INDICATORSETS, type Indicatorset, maand } from '../events/regie';

/** At most this many periods per answer (vanaf..tot inclusive, in the asked periode); more is a 400. */
export const REGIE_MAX_MAANDEN = 24;
/**
 * The periods of an answer (issue 22 item 13): months, quarters, half years (the taakstelling's period) and years,
 * calendar-aligned. A cell's `periode` reads `2026-03`, `2026-K1`, `2026-H1` or `2026`.
 */
export const REGIE_PERIODEN = ['maand', 'kwartaal', 'halfjaar', 'jaar'] as const;
export type RegiePeriode = (typeof REGIE_PERIODEN)[number];
/** Without `vanaf`/`tot`: the last 12 months up to the current month. */
export const REGIE_STANDAARD_MAANDEN = 12;

/** The path of an indicator set's operation. */
export const regiePad = (set: Indicatorset) => `/v1/regie/${set}` as const;
export const REGIE_PADEN = INDICATORSETS.map(regiePad);

/**
 * The query of every regie operation. `gemeente` is repeatable (`?gemeente=0361&gemeente=0373`; API Gateway joins the
 * repeats with commas, so `0361,0373` means the same); default all the caller's gemeenten. `vanaf` and `tot` are
 * months `YYYY-MM`, default the last 12 months up to the current one, `vanaf` <= `tot`; `periode` groups them.
 */
export const regieQuery = z.strictObject({
  gemeente: z.optional(
    z.string().check(z.regex(/^\d{4}(,\d{4}){0,49}$/, 'must be one or more 4-digit CBS codes, comma separated')),
  ),
  vanaf: z.optional(maand()),
  tot: z.optional(maand()),
  /** Default `maand`. Other periods widen vanaf/tot to whole periods; at most 24 periods. */
  periode: z.optional(z.enum(REGIE_PERIODEN)),
});
export type RegieQuery = z.infer<typeof regieQuery>;
