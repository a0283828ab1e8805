import * as z from 'zod/mini';
import { ROLLEN, SIGNALERING_SOORTEN } from '../codes';
import { id, tijdstip } from '../primitives';
import { pagina } from './lijst-responses';

const actor = z.strictObject({ sub: id(), rol: z.enum(ROLLEN), org: z.optional(id()) });

/** One request that read or wrote personal data of an inburgeraar: ids and codes only. */
export const toegangWeergave = z.strictObject({
  tijdstip: tijdstip(),
  actor,
  /** The operationId of the request. */
  actie: z.string(),
  /** The inburgeraarId the request was about, if one. */
  object: z.optional(id()),
  /** The HTTP status of the answer. */
  resultaat: z.number().check(z.int()),
  /** The source address of the request. */
  oorsprong: z.string(),
  /** The W3C trace id (32 hex digits) of the request. */
  traceId: z.string(),
});
export const toegangslogResponse = pagina(toegangWeergave);

export const signaleringWeergave = z.strictObject({
  signaleringId: id(),
  tijdstip: tijdstip(),
  actor,
  soort: z.enum(SIGNALERING_SOORTEN),
  aantal: z.number().check(z.int()),
  drempel: z.number().check(z.int()),
});
export const signaleringenResponse = pagina(signaleringWeergave);
