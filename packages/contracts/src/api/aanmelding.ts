import * as z from 'zod/mini';
import { DOELGROEPEN } from '../codes';
import { cbsCode, datum, tekst } from '../primitives';

export const aanmeldingBody = z.strictObject({
  gemeente: cbsCode(),
  doelgroep: z.enum(DOELGROEPEN),
  persoon: z.strictObject({
    voornaam: tekst(200),
    achternaam: tekst(200),
    geboortedatum: datum(),
    talen: z
      .array(z.string().check(z.regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code')))
      .check(z.maxLength(20)),
  }),
  koppelingsdatum: datum(),
});
export type AanmeldingBody = z.infer<typeof aanmeldingBody>;

export const datumBody = z.strictObject({ datum: datum() });
export type DatumBody = z.infer<typeof datumBody>;

export interface AanmeldingResponse {
  inburgeraarId: string;
  gemeente: string;
  doelgroep: (typeof DOELGROEPEN)[number];
  status: string;
  uitvoeringsorganisatie: string;
}
