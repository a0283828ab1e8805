import * as z from 'zod/mini';
import { GEMEENTE_ROLLEN } from './codes';
import { cbsCode } from './primitives';

/** The recipient of shared voortgangsinformatie: a gemeente, optionally narrowed to one role. */
export const ontvangerSchema = z.object({ gemeente: cbsCode(), rol: z.optional(z.enum(GEMEENTE_ROLLEN)) });
export type Ontvanger = z.infer<typeof ontvangerSchema>;
