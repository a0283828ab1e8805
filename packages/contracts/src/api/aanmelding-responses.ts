import * as z from 'zod/mini';
import { DOELGROEPEN, FASEN, LEERROUTES, WIJZIGING_AANLEIDINGEN } from '../codes';
import { datum } from '../primitives';
import {
  type InburgeraarLijstResponse,
  type InburgeraarResponse,
  type OverdrachtOntvangenResponse,
  TIJDLIJN_MIJLPALEN,
  type TijdlijnResponse,
} from './aanmelding';
import { beschrijft, pagina } from './lijst-responses';

const velden = {
  inburgeraarId: z.string(),
  gemeente: z.string(),
  doelgroep: z.enum(DOELGROEPEN),
  status: z.enum(FASEN),
  uitvoeringsorganisatie: z.string(),
  traject: z.optional(z.object({ fase: z.enum(FASEN), startdatum: datum(), einddatum: datum() })),
  koppelingsdatum: z.optional(datum()),
  woningtoewijzingsdatum: z.optional(datum()),
  brpInschrijvingsdatum: z.optional(datum()),
  dagenTussenKoppelingEnStart: z.optional(z.int()),
  dagenTussenKoppelingEnBrpInschrijving: z.optional(z.int()),
  dagenSindsKoppelingZonderStart: z.optional(z.int()),
};

/** `GET /v1/inburgeraars/{id}`, and the answer of aanmelding (201), woningtoewijzing, brp-inschrijving and a change of organisation. */
export const inburgeraarResponse = beschrijft<InburgeraarResponse>()(
  z.object({
    ...velden,
    persoon: z.optional(
      z.object({ voornaam: z.string(), achternaam: z.string(), geboortedatum: datum(), talen: z.array(z.string()) }),
    ),
  }),
);

/** `GET /v1/inburgeraars?gemeente=`: never persoon details. */
export const inburgeraarLijstResponse = beschrijft<InburgeraarLijstResponse>()(pagina(z.object(velden)));

/** `GET /v1/inburgeraars/{id}/tijdlijn` and the answer of `POST .../inburgering`. */
export const tijdlijnResponse = beschrijft<TijdlijnResponse>()(
  z.object({
    inburgeraarId: z.string(),
    items: z.array(
      z.object({
        mijlpaal: z.enum(TIJDLIJN_MIJLPALEN),
        datum: datum(),
        dagenSindsVorige: z.optional(z.int()),
        leerroute: z.optional(z.enum(LEERROUTES)),
        begeleiderUitgenodigd: z.optional(z.boolean()),
        begeleiderAanwezig: z.optional(z.boolean()),
        wijziging: z.optional(z.object({ aanleiding: z.enum(WIJZIGING_AANLEIDINGEN), gesprekOp: z.optional(datum()) })),
      }),
    ),
    nogNietBekend: z.array(z.enum(TIJDLIJN_MIJLPALEN)),
    dagenTotaal: z.optional(z.int()),
  }),
);

/** `POST /v1/verhuizingen`: the hand-over was received (the same answer for a repeated one). */
export const overdrachtOntvangenResponse = beschrijft<OverdrachtOntvangenResponse>()(
  z.object({ verhuizingId: z.string(), inburgeraarId: z.string(), gemeente: z.string() }),
);
