import * as z from 'zod/mini';
import {
  AFSPRAAK_HERKOMSTEN,
  AFSPRAAK_STATUSSEN,
  BEGELEIDER_ROLLEN,
  CONTACTVORMEN,
  DIENSTVERBANDEN,
  DOEL_STATUSSEN,
  EVALUATIE_MOMENTEN,
  RESULTATEN_BEREIKT,
  TOEWIJZING_REDENEN,
  TOLK_SOORTEN,
} from '../codes';
import { datum } from '../primitives';
import { MEETMOMENT_STATUSSEN } from './begeleiding';
import { beschrijft, pagina } from './lijst-responses';
import {
  AFSPRAAK_ACTIES,
  type AfspraakWeergave,
  type BegeleidingsplanWeergave,
  type EvaluatieWeergave,
  type ToewijzingWeergave,
} from './plan';

/** One toewijzing of a begeleider (`POST` and `GET /v1/inburgeraars/{id}/begeleiders`). */
export const toewijzingResponse = beschrijft<ToewijzingWeergave>()(
  z.object({
    toewijzingId: z.string(),
    begeleiderId: z.string(),
    rol: z.enum(BEGELEIDER_ROLLEN),
    dienstverband: z.enum(DIENSTVERBANDEN),
    van: datum(),
    tot: z.optional(datum()),
    reden: z.optional(z.enum(TOEWIJZING_REDENEN)),
    eindReden: z.optional(z.enum(TOEWIJZING_REDENEN)),
  }),
);
export const toewijzingenResponse = pagina(toewijzingResponse);

/** One afspraak (`POST`, `PUT .../aanwezigheid` and `GET /v1/inburgeraars/{id}/afspraken`). */
export const afspraakResponse = beschrijft<AfspraakWeergave>()(
  z.object({
    afspraakId: z.string(),
    datum: datum(),
    herkomst: z.enum(AFSPRAAK_HERKOMSTEN),
    vorm: z.enum(CONTACTVORMEN),
    begeleiderId: z.optional(z.string()),
    status: z.enum(AFSPRAAK_STATUSSEN),
    tolk: z.optional(z.enum(TOLK_SOORTEN)),
    duurMinuten: z.optional(z.int()),
    afgezegdDoor: z.optional(z.enum(['inburgeraar', 'begeleider'])),
    vervangt: z.optional(z.string()),
    vervangenDoor: z.optional(z.string()),
    geschiedenis: z.optional(
      z.array(
        z.object({
          op: datum(),
          actie: z.enum(AFSPRAAK_ACTIES),
          van: z.optional(datum()),
          naar: z.optional(datum()),
          afspraakId: z.optional(z.string()),
          door: z.optional(z.enum(['inburgeraar', 'begeleider'])),
          reden: z.optional(z.string()),
        }),
      ),
    ),
  }),
);
export const afsprakenResponse = pagina(afspraakResponse);

/** One evaluation of the begeleidingsplan (`POST .../begeleidingsplan/evaluaties`). */
export const evaluatieResponse = beschrijft<EvaluatieWeergave>()(
  z.object({
    evaluatieId: z.string(),
    datum: datum(),
    moment: z.enum(EVALUATIE_MOMENTEN),
    doelen: z.array(
      z.object({
        doelId: z.string(),
        leefgebied: z.string(),
        status: z.enum(DOEL_STATUSSEN),
        toelichting: z.optional(z.string()),
      }),
    ),
    resultatenBereikt: z.optional(z.enum(RESULTATEN_BEREIKT)),
    toelichting: z.optional(z.string()),
  }),
);

/** `GET` and `PUT /v1/inburgeraars/{id}/begeleidingsplan`. */
export const begeleidingsplanResponse = beschrijft<BegeleidingsplanWeergave>()(
  z.object({
    vastgesteldOp: datum(),
    bijgewerktOp: datum(),
    leefgebieden: z.array(
      z.object({
        leefgebied: z.string(),
        beginsituatie: z.optional(z.string()),
        doelen: z.array(
          z.object({
            doelId: z.string(),
            omschrijving: z.string(),
            acties: z.array(z.string()),
            huiswerk: z.array(z.string()),
            status: z.enum(DOEL_STATUSSEN),
          }),
        ),
      }),
    ),
    evaluaties: z.array(evaluatieResponse),
    evaluatiesGepland: z.array(z.object({ naMaanden: z.int(), datum: datum(), status: z.enum(MEETMOMENT_STATUSSEN) })),
    meetmomentenZonderEvaluatie: z.array(datum()),
  }),
);
