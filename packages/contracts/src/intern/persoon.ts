import * as z from 'zod/mini';
import { persoonRecord } from '../api/inzage';
import { id } from '../primitives';

/**
 * The per-context person repository, invoked directly (Lambda Invoke, RequestResponse) by the inzage and by the
 * archief's destruction: `inzage` lists every record of one person in that context; `vernietig` removes them
 * (idempotent) and leaves a tombstone without personal data. toestemming destroys in two phases: `gegevens` (consents,
 * the gemeente's view, decisions; the log ends with a `verwijderd` entry) and later `logboek` (the log itself).
 */
export const VERNIETIG_FASEN = ['gegevens', 'logboek'] as const;
export type VernietigFase = (typeof VERNIETIG_FASEN)[number];

export const persoonVerzoek = z.discriminatedUnion('actie', [
  z.object({ actie: z.literal('inzage'), inburgeraarId: id() }),
  z.object({
    actie: z.literal('vernietig'),
    inburgeraarId: id(),
    verslagId: id(),
    fase: z.optional(z.enum(VERNIETIG_FASEN)),
  }),
]);
export type PersoonVerzoek = z.infer<typeof persoonVerzoek>;

export const persoonInzageAntwoord = z.object({ items: z.array(persoonRecord) });
export type PersoonInzageAntwoord = z.infer<typeof persoonInzageAntwoord>;

export const persoonVernietigAntwoord = z.object({ vernietigdOp: z.string() });
export type PersoonVernietigAntwoord = z.infer<typeof persoonVernietigAntwoord>;

/** The archief's request to one context. */
export type PersoonVernietigVerzoek = Extract<PersoonVerzoek, { actie: 'vernietig' }>;
