import * as z from 'zod/mini';
import { AFRONDINGSSOORTEN, CONTACTVORMEN } from '../codes';
import { code, datum, tekst } from '../primitives';

export const meetmomentBody = z.strictObject({
  datum: datum(),
  scores: z.record(code(), z.int().check(z.gte(1), z.lte(5))),
  toelichting: z.optional(tekst()),
});
export type MeetmomentBody = z.infer<typeof meetmomentBody>;

export const contactmomentBody = z.strictObject({
  datum: datum(),
  vorm: z.enum(CONTACTVORMEN),
  duurMinuten: z.int().check(z.gte(1), z.lte(1440)),
});
export type ContactmomentBody = z.infer<typeof contactmomentBody>;

export const voortgangsrapportageBody = z.strictObject({ datum: datum(), tekst: tekst(20000) });
export type VoortgangsrapportageBody = z.infer<typeof voortgangsrapportageBody>;

export const verlengingBody = z.strictObject({ maanden: z.int().check(z.gte(1), z.lte(36)), reden: tekst() });
export type VerlengingBody = z.infer<typeof verlengingBody>;

export const afrondingBody = z.strictObject({
  datum: datum(),
  soort: z.enum(AFRONDINGSSOORTEN),
  overdracht: z.optional(tekst(20000)),
});
export type AfrondingBody = z.infer<typeof afrondingBody>;
