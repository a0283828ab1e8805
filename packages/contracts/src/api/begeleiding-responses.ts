import * as z from 'zod/mini';
import { AFRONDINGSSOORTEN, BEGELEIDER_ROLLEN, BEGELEIDER_SOORTEN, DIENSTVERBANDEN, FASEN } from '../codes';
import { datum } from '../primitives';
import {
  type BellijstResponse,
  type CaseloadResponse,
  MEETMOMENT_STATUSSEN,
  type NietGezienResponse,
  type TrajectResponse,
} from './begeleiding';
import { beschrijft, volgende } from './lijst-responses';

const fase = z.enum(FASEN);

/** `GET /v1/inburgeraars/{id}/traject` (and the answer of verlenging, afronding and begeleider). */
export const trajectResponse = beschrijft<TrajectResponse>()(
  z.object({
    inburgeraarId: z.string(),
    gemeente: z.string(),
    fase,
    startdatum: z.nullable(datum()),
    einddatum: z.nullable(datum()),
    verlengingen: z.int(),
    begeleider: z.optional(
      z.object({ begeleiderId: z.string(), soort: z.enum(BEGELEIDER_SOORTEN), sinds: z.string() }),
    ),
    brpInschrijvingsdatum: z.optional(datum()),
    verschilWettelijkeStartDagen: z.optional(z.int()),
    meetmomentenGepland: z.optional(
      z.array(z.object({ naMaanden: z.int(), datum: datum(), status: z.enum(MEETMOMENT_STATUSSEN) })),
    ),
    laatsteContact: z.optional(datum()),
    afronding: z.optional(
      z.object({
        datum: datum(),
        soort: z.enum(AFRONDINGSSOORTEN),
        eindgesprekOp: z.optional(datum()),
        afgewezenDoorInburgeraar: z.optional(z.boolean()),
      }),
    ),
    formeelEinde: z.optional(z.boolean()),
    afbouw: z.optional(
      z.object({
        intensiteit: z.enum(['intensief', 'zelf-leren-oppakken', 'spreekuur']),
        sinds: datum(),
        omschrijving: z.string(),
      }),
    ),
    planafsprakenGepland: z.optional(z.array(z.object({ datum: datum() }))),
    aanbod: z.optional(
      z.object({ workshopNaarKeuze: z.array(z.string()), individueleHulp: z.boolean(), omschrijving: z.string() }),
    ),
  }),
);

export const meetmomentResponse = z.object({ meetmomentId: z.string() });
export const contactmomentResponse = z.object({ contactmomentId: z.string() });
export const rapportageResponse = z.object({ rapportageId: z.string() });
/** `POST /v1/inburgeraars/{id}/historie`: the ids of the stored items, in the order of the request. */
export const historieResponse = z.object({
  contactmomentIds: z.array(z.string()),
  meetmomentIds: z.array(z.string()),
});

/** `GET /v1/begeleiding/caseload?gemeente=`; `volgende` once the list is paginated. */
export const caseloadResponse = beschrijft<CaseloadResponse>()(
  z.object({
    gemeente: z.string(),
    begeleiders: z.array(z.object({ begeleiderId: z.string(), soort: z.enum(BEGELEIDER_SOORTEN), aantal: z.int() })),
    perSoort: z.optional(
      z.array(z.object({ rol: z.enum(BEGELEIDER_ROLLEN), dienstverband: z.enum(DIENSTVERBANDEN), aantal: z.int() })),
    ),
    wachtendOpMaatje: z.array(z.object({ inburgeraarId: z.string(), fase, wachtendSinds: z.nullable(datum()) })),
    volgende,
  }),
);

/** `GET /v1/begeleiding/bellijst?gemeente=`. */
export const bellijstResponse = beschrijft<BellijstResponse>()(
  z.object({
    gemeente: z.string(),
    intervalMaanden: z.int(),
    items: z.array(
      z.object({ inburgeraarId: z.string(), fase, laatsteContact: z.nullable(datum()), bellenVanaf: datum() }),
    ),
    volgende,
  }),
);

/** `GET /v1/begeleiding/niet-gezien?gemeente=`. */
export const nietGezienResponse = beschrijft<NietGezienResponse>()(
  z.object({
    gemeente: z.string(),
    maxDagenZonderContact: z.optional(z.int()),
    items: z.array(
      z.object({
        inburgeraarId: z.string(),
        fase,
        laatstGezien: z.nullable(datum()),
        dagenNietGezien: z.int(),
        gemistSinds: z.optional(datum()),
        gemisteAfspraken: z.optional(z.int()),
      }),
    ),
    volgende,
  }),
);
