import * as z from 'zod/mini';
import type { Fase, GroepsactiviteitSoort } from '../codes';
import { gemeenteParams } from '../http/params';
import { code, datum, id, padId, tekst } from '../primitives';
import { paginaQuery } from './lijst-responses';

/**
 * Issue 22 item 5: a group activity of a gemeente (`POST /v1/gemeenten/{cbs}/groepsactiviteiten`): one of the
 * profile's `groepsaanbod`, on one or more days.
 */
export const groepsactiviteitBody = z.strictObject({
  aanbod: code(),
  titel: z.optional(tekst(200)),
  bijeenkomsten: z.array(datum()).check(z.minLength(1), z.maxLength(100)),
});
export type GroepsactiviteitBody = z.infer<typeof groepsactiviteitBody>;

export const groepsactiviteitenParams = gemeenteParams;
export const groepsinschrijvingParams = z.strictObject({ id: padId(), activiteitId: padId() });

export const groepsactiviteitenQuery = z.strictObject({ ...paginaQuery });
export type GroepsactiviteitenQuery = z.infer<typeof groepsactiviteitenQuery>;

/** `POST /v1/inburgeraars/{id}/groepsactiviteiten`: enrol the inburgeraar. */
export const inschrijvingBody = z.strictObject({ activiteitId: id() });
export type InschrijvingBody = z.infer<typeof inschrijvingBody>;

/** `PUT /v1/inburgeraars/{id}/groepsactiviteiten/{activiteitId}/aanwezigheid`: attendance at one bijeenkomst. */
export const groepsaanwezigheidBody = z.strictObject({ datum: datum(), aanwezig: z.boolean() });
export type GroepsaanwezigheidBody = z.infer<typeof groepsaanwezigheidBody>;

export interface GroepsactiviteitWeergave {
  activiteitId: string;
  gemeente: string;
  aanbod: string;
  soort: GroepsactiviteitSoort;
  titel: string;
  bijeenkomsten: string[];
  organisatie: string;
  aangemaaktOp: string;
}

export interface InschrijvingWeergave {
  activiteitId: string;
  aanbod: string;
  ingeschrevenOp: string;
  aanwezigheid: { datum: string; aanwezig: boolean }[];
}

/** Issue 22 item 6: `GET /v1/begeleiding/nabellen?gemeente=` (Tholen and Roermond phone who stays away, 4.2.2). */
export interface NabellenResponse {
  gemeente: string;
  /** The period after which someone on a spreekuur-only part is phoned (the profile's maxDagenZonderContact). */
  maxDagenZonderContact: number;
  items: {
    inburgeraarId: string;
    fase: Fase;
    /** The last contact in person (spreekuur, kantoor, huisbezoek, groep), or null. */
    laatstGezien: string | null;
    /** The last contact of any form (a call too), or null. */
    laatsteContact: string | null;
    /** The first day the inburgeraar is due a call. */
    bellenVanaf: string;
  }[];
}
