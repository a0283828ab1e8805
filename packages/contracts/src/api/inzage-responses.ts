import * as z from 'zod/mini';
import { tijdstip } from '../primitives';
import { persoonRecord } from './inzage';

/**
 * `GET /v1/inburgeraars/{id}/inzage` (API.md "Privacy across the data's life"): every record held about the person in
 * every context (free text written by staff included), what was shared with whom on which ground, the processing
 * activities behind those records and their bewaartermijnen.
 */
export const inzageResponse = z.object({
  inburgeraarId: z.string(),
  opgesteldOp: tijdstip(),
  gegevens: z.array(persoonRecord),
  gedeeld: z.array(
    z.object({
      categorie: z.string(),
      aan: z.string(),
      grondslag: z.string(),
      tijdstip: tijdstip(),
    }),
  ),
  verwerkingsactiviteiten: z.array(z.string()),
  bewaartermijnen: z.array(z.object({ soort: z.string(), termijn: z.string(), vanaf: z.string() })),
});
export type InzageResponse = z.infer<typeof inzageResponse>;
