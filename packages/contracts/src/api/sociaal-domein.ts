import * as z from 'zod/mini';
import {
  SIGNAALSOORTEN,
  TERUGWIJZING_REDENCODES,
  URGENTIES,
  VERWIJZING_PARTNERS,
  VRAAG_ONDERWERPEN,
  type VraagOnderwerp,
} from '../codes';
import { gemeenteParams } from '../http/params';
import { cbsCode, datum, id, padId, tekst } from '../primitives';

import { paginaQuery, paginaQuerySchema } from './lijst-responses';

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

/** `GET /v1/casuistiekoverleg/{cbs}/agenda[?datum=][&limit=][&cursor=]`, in date order. */
export const agendaQuery = z.strictObject({ datum: z.optional(datum()), ...paginaQuery });
/** `GET /v1/inburgeraars/{id}/verwijzingen[?limit=][&cursor=]`, in the order they were made. */
export const verwijzingenQuery = paginaQuerySchema;

/**
 * What the casuistiekoverleg decided about a case (report 3.5.2): the concern stays within the inburgering, or needs
 * more specialist help from the sociaal domein, and where it was escalated to. Codes only, no content.
 */
export const CASUISTIEK_VERVOLGEN = ['binnen-inburgering', 'sociaal-domein'] as const;
export type CasuistiekVervolg = (typeof CASUISTIEK_VERVOLGEN)[number];
export const agendapuntParams = z.strictObject({ cbs: cbsCode(), agendapuntId: padId() });
export const agendapuntUitkomstBody = z.strictObject({
  vervolg: z.enum(CASUISTIEK_VERVOLGEN),
  opgeschaaldNaar: z.optional(z.enum(VERWIJZING_PARTNERS)),
});
export type AgendapuntUitkomstBody = z.infer<typeof agendapuntUitkomstBody>;

/** `POST /v1/inburgeraars/{id}/vragen`: the inburgeringsconsulent asks the begeleider about one inburgeraar. */
export const vraagBody = z.strictObject({ onderwerp: z.enum(VRAAG_ONDERWERPEN), vraag: tekst() });
export type VraagBody = z.infer<typeof vraagBody>;
/** `POST .../vragen/{vraagId}/antwoord`: the begeleider of the assigned organisation answers. */
export const antwoordBody = z.strictObject({ antwoord: tekst() });
export type AntwoordBody = z.infer<typeof antwoordBody>;
export const vraagParams = z.strictObject({ id: padId(), vraagId: padId() });
export const vragenQuery = z.strictObject(paginaQuery);

/** One question as `GET .../vragen` lists it (schema: `vraagWeergave` in sociaal-domein-responses). */
export interface VraagWeergave {
  vraagId: string;
  onderwerp: VraagOnderwerp;
  vraag: string;
  gesteldOp: string;
  gesteldDoor: string;
  status: 'open' | 'beantwoord';
  antwoord?: { antwoordId: string; beantwoordOp: string; beantwoordDoor?: string; tekst?: string };
}
