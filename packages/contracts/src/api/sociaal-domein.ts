import * as z from 'zod/mini';
import { SIGNAALSOORTEN, URGENTIES, VERWIJZING_PARTNERS } from '../codes';
import { gemeenteParams } from '../http/params';
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

/** Why a partner sends a referral back (the report: language and cultural barriers of regular services). */
export const TERUGWIJZING_REDENCODES = ['taal', 'cultuur', 'geen-indicatie', 'capaciteit', 'overig'] as const;
export type TerugwijzingRedencode = (typeof TERUGWIJZING_REDENCODES)[number];

/** Acceptance by the partner, and closing by the begeleider or the partner: no body, an empty object is allowed. */
export const verwijzingStapBody = z.strictObject({});

export const terugwijzingBody = z.strictObject({
  reden: tekst(),
  redenCode: z.optional(z.enum(TERUGWIJZING_REDENCODES)),
});
export type TerugwijzingBody = z.infer<typeof terugwijzingBody>;

export const warmeOverdrachtBody = z.strictObject({
  naar: z.enum(VERWIJZING_PARTNERS),
  datum: datum(),
});
export type WarmeOverdrachtBody = z.infer<typeof warmeOverdrachtBody>;

export const agendaParams = gemeenteParams;

export const agendapuntBody = z.strictObject({
  inburgeraarId: id(),
  datum: datum(),
  vraag: z.optional(tekst()),
});
export type AgendapuntBody = z.infer<typeof agendapuntBody>;

export const agendaQuery = z.strictObject({ datum: z.optional(datum()) });
