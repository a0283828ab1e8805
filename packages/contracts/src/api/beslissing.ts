import * as z from 'zod/mini';
import { CATEGORIEEN, GRONDSLAGEN } from '../categorieen';
import { actorSchema } from '../envelope';
import { cbsCode, id } from '../primitives';

/**
 * The consent broker's synchronous decision point, invoked directly (Lambda Invoke) by a context that must know the
 * answer before it acts, such as a verwijzing. The broker decides and writes the verwerkingenlog entry.
 */
export const beslissingVerzoek = z.object({
  inburgeraarId: id(),
  gemeente: cbsCode(),
  categorie: z.enum(CATEGORIEEN),
  bronId: id(),
  bronDetailType: z.string(),
  actor: actorSchema,
  /** The sender claims a statutory duty (Meldcode: veilig-thuis). */
  wettelijkePlicht: z.optional(z.boolean()),
  correlationId: id(),
});
export type BeslissingVerzoek = z.infer<typeof beslissingVerzoek>;

export const beslissingAntwoord = z.object({
  besluit: z.enum(['permit', 'deny']),
  grondslag: z.optional(z.enum(GRONDSLAGEN)),
  toestemmingId: z.optional(id()),
  reden: z.string(),
});
export type BeslissingAntwoord = z.infer<typeof beslissingAntwoord>;
