import * as z from 'zod/mini';
import { DOELGROEPEN, FASEN, INBURGERING_MIJLPALEN, LEERROUTES, MB_MIJLPALEN } from '../codes';
import { cbsCode, datum, id, tekst } from '../primitives';

/**
 * The hand-over of a move to a gemeente another deployment serves (issue 23): the claims of the JWS the old
 * deployment signs and POSTs to the new one (`POST /v1/verhuizingen`). Exactly what the new gemeente may have on its
 * own legal ground (Wi2021: the gemeente of residence is responsible for MB and the inburgering): who the person is,
 * the doelgroep and the dates of the process, the trajectstatus and its dates, and the milestones of the inburgering.
 * Nothing that was shared on consent (no meetmomenten, contacts, reports, signals, referrals) and none of the old
 * organisation's records (docs/API-EXTENSIONS.md).
 */
export const overdracht = z.strictObject({
  /** The id of the hand-over: the receiving deployment answers a repeated one once. */
  verhuizingId: id(),
  inburgeraarId: id(),
  van: cbsCode(),
  naar: cbsCode(),
  datum: datum(),
  doelgroep: z.enum(DOELGROEPEN),
  persoon: z.strictObject({
    voornaam: tekst(200),
    achternaam: tekst(200),
    geboortedatum: datum(),
    talen: z.array(z.string().check(z.regex(/^[a-z]{2,3}$/))).check(z.maxLength(20)),
  }),
  aangemeldOp: z.string().check(z.minLength(10), z.maxLength(40)),
  koppelingsdatum: z.optional(datum()),
  woningtoewijzingsdatum: z.optional(datum()),
  brpInschrijvingsdatum: z.optional(datum()),
  /** The trajectstatus (wettelijke taak) as the old gemeente knew it. */
  traject: z.optional(
    z.strictObject({
      fase: z.enum(FASEN),
      startdatum: z.optional(datum()),
      einddatum: z.optional(datum()),
    }),
  ),
  /** The gemeente's own facts of the inburgering: dates and the leerroute only. */
  inburgering: z
    .array(
      z.strictObject({
        soort: z.enum(INBURGERING_MIJLPALEN),
        datum: datum(),
        leerroute: z.optional(z.enum(LEERROUTES)),
      }),
    )
    .check(z.maxLength(INBURGERING_MIJLPALEN.length)),
  /** The MB milestones shared as praktische-zaken (wettelijke taak): their dates. */
  mbMijlpalen: z.partialRecord(z.enum(MB_MIJLPALEN), datum()),
});
export type Overdracht = z.infer<typeof overdracht>;

/** The JWS of a hand-over: its type header, and how long it is valid after it was signed. */
export const OVERDRACHT_TYP = 'wegwijs-verhuizing+jwt';
export const OVERDRACHT_GELDIG_SECONDEN = 300;
