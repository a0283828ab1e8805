import * as z from 'zod/mini';
import { SIGNAALSOORTEN, URGENTIES, VERWIJZING_PARTNERS } from '../codes';
import { datum, id, tekst } from '../primitives';

export const signaalBody = z.strictObject({
  datum: datum(),
  soort: z.enum(SIGNAALSOORTEN),
  urgentie: z.enum(URGENTIES),
  toelichting: tekst(),
});
export type SignaalBody = z.infer<typeof signaalBody>;

export const verwijzingBody = z.strictObject({
  naar: z.enum(VERWIJZING_PARTNERS),
  signaalId: z.optional(id()),
  toelichting: tekst(),
});
export type VerwijzingBody = z.infer<typeof verwijzingBody>;
