import * as z from 'zod/mini';
import { cbsCode, datum, tekst } from '../primitives';
import { paginaQuery } from './lijst-responses';

/** Why a consulent removes an aanmelding received in error (API.md, Privacy across the data's life). */
export const VERWIJDERREDENEN = ['onterecht-aangemeld', 'dubbel', 'correctiesignaal'] as const;
export type Verwijderreden = (typeof VERWIJDERREDENEN)[number];
/** The reden of a vernietigingsverslag: the bewaartermijn passed, or an erasure on error. */
export const VERSLAGREDENEN = ['bewaartermijn-verstreken', ...VERWIJDERREDENEN] as const;
export type Verslagreden = (typeof VERSLAGREDENEN)[number];

export const vernietigingslijstQuery = z.strictObject({ gemeente: cbsCode(), ...paginaQuery });
export const vernietigingsverslagenQuery = z.strictObject({ gemeente: cbsCode(), ...paginaQuery });
export const uitstelBody = z.strictObject({ tot: datum(), reden: tekst(500) });
export type UitstelBody = z.infer<typeof uitstelBody>;
export const verwijderingBody = z.strictObject({
  reden: z.enum(VERWIJDERREDENEN),
  toelichting: z.optional(tekst(2000)),
});
export type VerwijderingBody = z.infer<typeof verwijderingBody>;
