import * as z from 'zod/mini';
import { CATEGORIEEN } from '../categorieen';
import { GEMEENTE_ROLLEN } from '../codes';
import { cbsCode, datum, tekst } from '../primitives';
import { paginaQuerySchema } from './lijst-responses';

export const DOELEN = ['brede-intake', 'pip', 'regie', 'warme-overdracht', 'verwijzing'] as const;
export const VASTLEGGINGSWIJZEN = ['papier', 'mondeling-met-tolk', 'mondeling'] as const;

export const vastgelegdSchema = z.strictObject({
  wijze: z.enum(VASTLEGGINGSWIJZEN),
  tolk: z.optional(tekst(200)),
});
export type Vastgelegd = z.infer<typeof vastgelegdSchema>;

export const toestemmingBody = z.strictObject({
  ontvanger: z.strictObject({ gemeente: cbsCode(), rol: z.optional(z.enum(GEMEENTE_ROLLEN)) }),
  categorieen: z.array(z.enum(CATEGORIEEN)),
  doel: z.enum(DOELEN),
  geldigTot: z.optional(datum()),
  expliciet: z.optional(z.boolean()),
  taal: z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code')),
  tekstversie: tekst(100),
  vastgelegd: z.optional(vastgelegdSchema),
});
export type ToestemmingBody = z.infer<typeof toestemmingBody>;

export const intrekkingBody = z.strictObject({ vastgelegd: z.optional(vastgelegdSchema) });
export type IntrekkingBody = z.infer<typeof intrekkingBody>;

export const TOESTEMMING_STATUSSEN = ['actief', 'ingetrokken', 'verlopen'] as const;
export const VERWERKING_ACTIES = [
  'gedeeld',
  'geweigerd',
  'ingezien',
  'toestemming-gegeven',
  'toestemming-ingetrokken',
  'verwijderd',
  /** Issue 23: the inburgeraar moved; the dossier went from gemeente `van` to `aan` (consents for `van` ended). */
  'overgedragen',
] as const;

/** `GET /v1/inburgeraars/{id}/verwerkingen[?limit=50][&cursor=...]` (API.md: lists are paginated). */
export const verwerkingenQuery = paginaQuerySchema;
export type VerwerkingenQuery = z.infer<typeof verwerkingenQuery>;
/** `GET /v1/inburgeraars/{id}/toestemmingen[?limit=50][&cursor=...]`. */
export const toestemmingenQuery = paginaQuerySchema;
