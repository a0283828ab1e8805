import * as z from 'zod/mini';
import {
  AFRONDINGSSOORTEN,
  BEGELEIDER_ROLLEN,
  BEGELEIDER_SOORTEN,
  DIENSTVERBANDEN,
  FASEN,
  RESULTATEN_BEREIKT,
  VERWIJZING_PARTNERS,
} from '../codes';
import { datum } from '../primitives';
import {
  AFRONDING_STAPPEN,
  type AfrondingOpenResponse,
  type BellijstResponse,
  type CaseloadResponse,
  type DienstverlenersformulierResponse,
  FORMULIER_TALEN,
  MEETMOMENT_STATUSSEN,
  type NietGezienResponse,
  OVERDRACHT_OVERLEG,
  OVERDRACHT_REDENEN,
  type TrajectResponse,
  type ZonderAfspraakResponse,
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
        resultatenBereikt: z.optional(z.enum(RESULTATEN_BEREIKT)),
        schriftelijkeOverdrachtOp: z.optional(datum()),
        warmeOverdracht: z.optional(
          z.object({
            naar: z.enum(VERWIJZING_PARTNERS),
            datum: datum(),
            reden: z.optional(z.enum(OVERDRACHT_REDENEN)),
            inOverlegMet: z.optional(z.enum(OVERDRACHT_OVERLEG)),
          }),
        ),
      }),
    ),
    afrondingOpen: z.optional(z.object({ sinds: datum(), ontbreekt: z.array(z.enum(AFRONDING_STAPPEN)) })),
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

/** `GET /v1/begeleiding/zonder-afspraak?gemeente=`. */
export const zonderAfspraakResponse = beschrijft<ZonderAfspraakResponse>()(
  z.object({
    gemeente: z.string(),
    items: z.array(
      z.object({
        inburgeraarId: z.string(),
        fase,
        laatsteAfspraak: z.nullable(datum()),
        laatsteContact: z.nullable(datum()),
      }),
    ),
    volgende,
  }),
);

/** `GET /v1/begeleiding/afronding-open?gemeente=`. */
export const afrondingOpenResponse = beschrijft<AfrondingOpenResponse>()(
  z.object({
    gemeente: z.string(),
    items: z.array(
      z.object({
        inburgeraarId: z.string(),
        einddatum: datum(),
        dagenNaEinddatum: z.int(),
        ontbreekt: z.array(z.enum(AFRONDING_STAPPEN)),
      }),
    ),
    volgende,
  }),
);

/** `GET /v1/inburgeraars/{id}/afronding/dienstverleners`. */
export const dienstverlenersformulierResponse = beschrijft<DienstverlenersformulierResponse>()(
  z.object({
    inburgeraarId: z.string(),
    gemeente: z.string(),
    taal: z.enum(FORMULIER_TALEN),
    richting: z.enum(['ltr', 'rtl']),
    titel: z.string(),
    uitleg: z.string(),
    dienstverleners: z.array(
      z.object({ partner: z.enum(VERWIJZING_PARTNERS), naam: z.string(), waarvoor: z.string() }),
    ),
  }),
);
