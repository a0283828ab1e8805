import * as z from 'zod/mini';
import {
  AFRONDINGSSOORTEN,
  BEGELEIDER_SOORTEN,
  type BegeleiderRol,
  CONTACTVORMEN,
  type Dienstverband,
  type Fase,
  RESULTATEN_BEREIKT,
  type ResultatenBereikt,
  VERWIJZING_PARTNERS,
} from '../codes';
import { inburgeraarParams } from '../http/params';
import { cbsCode, code, datum, id, tekst } from '../primitives';
import { paginaQuery } from './lijst-responses';

/** The path of every traject route: the shared path id schema. */
export const trajectParams = inburgeraarParams;

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
  /** A walk-in without an appointment (the spreekuur or inloop of Groningen, Heerenveen, Tholen, Rotterdam: 3.3). */
  zonderAfspraak: z.optional(z.boolean()),
});
export type ContactmomentBody = z.infer<typeof contactmomentBody>;

/**
 * `POST /v1/inburgeraars/{id}/historie` (an addition, docs/API-EXTENSIONS.md): a migration's historic contactmomenten
 * and meetmomenten of one person in one request, at most `MAX_HISTORIE_ITEMS` together (more: 413). This schema is the
 * documented body; the route parses `historieVerzoek` and validates each item with the single POST's own schema, so an
 * invalid item is a 422 that names its index (`contactmomenten[3]`) and a batch over the bound is 413 before any item
 * is looked at.
 */
export const MAX_HISTORIE_ITEMS = 500;
export const historieBody = z.strictObject({
  contactmomenten: z.optional(z.array(contactmomentBody).check(z.maxLength(MAX_HISTORIE_ITEMS))),
  meetmomenten: z.optional(z.array(meetmomentBody).check(z.maxLength(MAX_HISTORIE_ITEMS))),
});
export type HistorieBody = z.infer<typeof historieBody>;
/** What the route parses: the two lists, each item checked afterwards against the single POST's schema. */
export const historieVerzoek = z.strictObject({
  contactmomenten: z.optional(z.array(z.unknown())),
  meetmomenten: z.optional(z.array(z.unknown())),
});
export type HistorieVerzoek = z.infer<typeof historieVerzoek>;

export const voortgangsrapportageBody = z.strictObject({ datum: datum(), tekst: tekst(20000) });
export type VoortgangsrapportageBody = z.infer<typeof voortgangsrapportageBody>;

/**
 * `verzoekVanInburgeraar`: the day the inburgeraar explicitly asked for the verlenging. Optional in the contract;
 * required where the gemeente's profile extends only on the inburgeraar's request (report 3.3.4).
 */
export const verlengingBody = z.strictObject({
  maanden: z.int().check(z.gte(1), z.lte(36)),
  reden: tekst(),
  verzoekVanInburgeraar: z.optional(z.strictObject({ datum: datum() })),
});
export type VerlengingBody = z.infer<typeof verlengingBody>;

/** Why a person is handed over warmly at the end of MB (report 4.3). */
export const OVERDRACHT_REDENEN = ['niet-zelfredzaam', 'aanvullende-ondersteuning'] as const;
export type OverdrachtReden = (typeof OVERDRACHT_REDENEN)[number];
/** With whom the hand-over was agreed (4.3: "vaak in overleg met de inburgeringsconsulent of een teamleider"). */
export const OVERDRACHT_OVERLEG = ['inburgeringsconsulent', 'teamleider'] as const;

const warmeOverdrachtVanPersoon = z.strictObject({
  /** The partner of the brede sociaal domein that takes the person over. */
  naar: z.enum(VERWIJZING_PARTNERS),
  /** The day of the hand-over (the introduction to the partner). */
  datum: datum(),
  reden: z.enum(OVERDRACHT_REDENEN),
  inOverlegMet: z.optional(z.enum(OVERDRACHT_OVERLEG)),
});
export type WarmeOverdrachtVanPersoon = z.infer<typeof warmeOverdrachtVanPersoon>;

export const afrondingBody = z.strictObject({
  datum: datum(),
  soort: z.enum(AFRONDINGSSOORTEN),
  overdracht: z.optional(tekst(20000)),
  /** The day of the eindgesprek, when the afronding is of another soort (Rotterdam: warme overdracht after one). */
  eindgesprekOp: z.optional(datum()),
  /** The inburgeraar declines (further) MB (4.2.2); in Groningen they stay on the bellijst. */
  afgewezenDoorInburgeraar: z.optional(z.boolean()),
  /**
   * Rotterdam's third phase evaluates "of de beoogde resultaten zijn bereikt" (3.3.4): required there before the
   * afronding, here or as the plan's evaluation at afronding (`POST .../begeleidingsplan/evaluaties`, moment afronding).
   */
  resultatenBereikt: z.optional(z.enum(RESULTATEN_BEREIKT)),
  /**
   * A warme overdracht of the person (4.3: "nog niet voldoende zelfredzaam is of aanvullende ondersteuning nodig
   * heeft ... vaak in overleg met de inburgeringsconsulent of een teamleider"): required with soort warme-overdracht.
   */
  warmeOverdracht: z.optional(warmeOverdrachtVanPersoon),
});
export type AfrondingBody = z.infer<typeof afrondingBody>;

/** `PUT /v1/inburgeraars/{id}/begeleider`: assigns a paid begeleider, a volunteer or a maatje. */
export const begeleiderBody = z.strictObject({ begeleiderId: id(), soort: z.enum(BEGELEIDER_SOORTEN) });
export type BegeleiderBody = z.infer<typeof begeleiderBody>;

/** The worklists of an uitvoeringsorganisatie (caseload, bellijst, niet-gezien) are asked per gemeente, in pages. */
export const begeleidingWerklijstQuery = z.strictObject({ gemeente: cbsCode(), ...paginaQuery });
export type BegeleidingWerklijstQuery = z.infer<typeof begeleidingWerklijstQuery>;

export const MEETMOMENT_STATUSSEN = ['gepland', 'uitgevoerd', 'achterstallig'] as const;
export type MeetmomentStatus = (typeof MEETMOMENT_STATUSSEN)[number];

/** `GET /v1/inburgeraars/{id}/traject`. Fields after `begeleider` are optional additions to API.md. */
export interface TrajectResponse {
  inburgeraarId: string;
  gemeente: string;
  fase: Fase;
  startdatum: string | null;
  einddatum: string | null;
  verlengingen: number;
  begeleider?: { begeleiderId: string; soort: (typeof BEGELEIDER_SOORTEN)[number]; sinds: string };
  /** The legal start of MB (Wi2021 art. 13(3)), beside the profile's startdatum. */
  brpInschrijvingsdatum?: string;
  /** brpInschrijvingsdatum minus startdatum, in days: the gap between the profile start and the legal start. */
  verschilWettelijkeStartDagen?: number;
  /** The fixed meetmomenten of the profile (Den Haag: after 3, 8 and 12 months). */
  meetmomentenGepland?: { naMaanden: number; datum: string; status: MeetmomentStatus }[];
  laatsteContact?: string;
  afronding?: {
    datum: string;
    soort: (typeof AFRONDINGSSOORTEN)[number];
    eindgesprekOp?: string;
    afgewezenDoorInburgeraar?: boolean;
    resultatenBereikt?: ResultatenBereikt;
    /** That a written overdracht went to the inburgeringsconsulent, and when (its content: categorie eindoverdracht). */
    schriftelijkeOverdrachtOp?: string;
    /** The gemeente sees the partner and the day; the organisation also why and with whom it was agreed. */
    warmeOverdracht?: Pick<WarmeOverdrachtVanPersoon, 'naar' | 'datum'> & Partial<WarmeOverdrachtVanPersoon>;
  };
  /**
   * Past its einddatum, a traject whose profile requires steps to close (Roermond, Rotterdam: eindgesprek and written
   * overdracht, 4.3; Rotterdam's evaluation of the results, 3.3.4) waits in its afrondingsfase until they are recorded.
   */
  afrondingOpen?: { sinds: string; ontbreekt: AfrondingStap[] };
  /** False where MB has no formal end (Tholen): the einddatum does not close the traject. */
  formeelEinde?: boolean;
  /** The stage of a deliberate tapering (Tholen, Heerenveen: 4.3). */
  afbouw?: { intensiteit: 'intensief' | 'zelf-leren-oppakken' | 'spreekuur'; sinds: string; omschrijving: string };
  /** Fixed appointments about the begeleidingsplan (Roermond monthly, Woerden at least three: 4.2). */
  planafsprakenGepland?: { datum: string }[];
  /**
   * Issue 22 item 5: the offer a doelgroep gets instead of the traject (Rotterdam's gezinsmigranten: a workshop of
   * choice plus individual help on specific questions, report 4.4); such a traject has no einddatum and no opstartfase.
   */
  aanbod?: { workshopNaarKeuze: string[]; individueleHulp: boolean; omschrijving: string };
}

/** The steps a profile can require to close MB. */
export const AFRONDING_STAPPEN = ['eindgesprek', 'schriftelijke-overdracht', 'resultaten-bereikt'] as const;
export type AfrondingStap = (typeof AFRONDING_STAPPEN)[number];

/**
 * `GET /v1/begeleiding/zonder-afspraak?gemeente=`: "de begeleider neemt het initiatief" (4.2.2, Den Haag: "Een cliënt
 * zou nooit om een afspraak moeten vragen"): active trajecten with no planned afspraak from today, longest without
 * contact first. Whoever the bellijst covers (Groningen, past the opstartfase without a maatje) is on that list instead.
 */
export interface ZonderAfspraakResponse {
  gemeente: string;
  items: { inburgeraarId: string; fase: Fase; laatsteAfspraak: string | null; laatsteContact: string | null }[];
}

/** `GET /v1/begeleiding/afronding-open?gemeente=`: trajecten past their einddatum that wait for a required step. */
export interface AfrondingOpenResponse {
  gemeente: string;
  items: { inburgeraarId: string; einddatum: string; dagenNaEinddatum: number; ontbreekt: AfrondingStap[] }[];
}

/** `GET /v1/begeleiding/caseload?gemeente=`. */
export interface CaseloadResponse {
  gemeente: string;
  begeleiders: { begeleiderId: string; soort: (typeof BEGELEIDER_SOORTEN)[number]; aantal: number }[];
  /** Active toewijzingen per kind: rol x betaald/vrijwilliger (issue 12). */
  perSoort?: { rol: BegeleiderRol; dienstverband: Dienstverband; aantal: number }[];
  /** Active trajecten without a begeleider: waiting for a maatje or volunteer, longest waiting first. */
  wachtendOpMaatje: { inburgeraarId: string; fase: Fase; wachtendSinds: string | null }[];
}

/** `GET /v1/begeleiding/bellijst?gemeente=`. */
export interface BellijstResponse {
  gemeente: string;
  intervalMaanden: number;
  items: { inburgeraarId: string; fase: Fase; laatsteContact: string | null; bellenVanaf: string }[];
}

/** `GET /v1/begeleiding/niet-gezien?gemeente=`. */
export interface NietGezienResponse {
  gemeente: string;
  /** The profile's contact norm, where it has one: information only, the list follows missed afspraken. */
  maxDagenZonderContact?: number;
  items: {
    inburgeraarId: string;
    fase: Fase;
    laatstGezien: string | null;
    dagenNietGezien: number;
    /** The first afspraak missed since the last contact. */
    gemistSinds?: string;
    /** How many afspraken were missed since the last contact. */
    gemisteAfspraken?: number;
  }[];
}

/** The languages the Dienstverlenersformulier is printed in: those of Mijn Wegwijs. */
export const FORMULIER_TALEN = ['nl', 'en', 'ar', 'ti', 'fa'] as const;
export type FormulierTaal = (typeof FORMULIER_TALEN)[number];
export const dienstverlenersQuery = z.strictObject({ taal: z.optional(z.enum(FORMULIER_TALEN)) });
export type DienstverlenersQuery = z.infer<typeof dienstverlenersQuery>;

/**
 * `GET /v1/inburgeraars/{id}/afronding/dienstverleners?taal=`: Roermond's form with the regular services (report 4.3:
 * "In Roermond krijgen inburgeraars een formulier mee waarop de reguliere dienstverleners staan vermeld; zij moeten
 * zélf contact opnemen"), in the inburgeraar's language, to print.
 */
export interface DienstverlenersformulierResponse {
  inburgeraarId: string;
  gemeente: string;
  taal: FormulierTaal;
  richting: 'ltr' | 'rtl';
  titel: string;
  uitleg: string;
  dienstverleners: { partner: (typeof VERWIJZING_PARTNERS)[number]; naam: string; waarvoor: string }[];
}
