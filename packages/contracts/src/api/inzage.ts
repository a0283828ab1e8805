import * as z from 'zod/mini';
import { id } from '../primitives';

/** The contexts that hold records of a person (each has a `persoon` function; regie holds counts, no person). */
export const PERSOON_CONTEXTEN = [
  'aanmelding',
  'regeldag',
  'begeleiding',
  'sociaal-domein',
  'toestemming',
  'toegangslog',
] as const;
export type PersoonContext = (typeof PERSOON_CONTEXTEN)[number];

/**
 * The contexts the inzage asks: every context with personal data, and the archief (its record of the person: when
 * their bewaartermijn passes, whether they are on the vernietigingslijst; AVG art. 15(1)(d)). The archief destroys its
 * own record last, itself: it is no target of its own destruction walk.
 */
export const INZAGE_CONTEXTEN = [...PERSOON_CONTEXTEN, 'archief'] as const;
export type InzageContext = (typeof INZAGE_CONTEXTEN)[number];

/**
 * One record a context holds about a person, as the inzage (AVG art. 15) shows it: the context, the kind of record,
 * its id within that kind, when it was recorded, and its whole content (free text written by staff included). Storage
 * details (keys, versions, pending events) are left out; index entries are not records of their own.
 */
export const persoonRecord = z.object({
  context: z.enum(INZAGE_CONTEXTEN),
  soort: z.string(),
  id: z.string(),
  vastgelegdOp: z.optional(z.string()),
  inhoud: z.record(z.string(), z.unknown()),
});
export type PersoonRecord = z.infer<typeof persoonRecord>;

export const inzageParams = z.strictObject({ id: id() });
