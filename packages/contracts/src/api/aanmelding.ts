import * as z from 'zod/mini';
import {
  DOELGROEPEN,
  type Doelgroep,
  type Fase,
  LEERROUTES,
  type Leerroute,
  WIJZIGING_AANLEIDINGEN,
  type WijzigingAanleiding,
} from '../codes';
import { cbsCode, datum, id, tekst } from '../primitives';
import { paginaQuery } from './lijst-responses';

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
  /** Required where the doelgroep has a COA koppeling, refused where it has none (`HEEFT_KOPPELING`, report 4.4). */
  koppelingsdatum: z.optional(datum()),
});
export type AanmeldingBody = z.infer<typeof aanmeldingBody>;

export const datumBody = z.strictObject({ datum: datum() });
export type DatumBody = z.infer<typeof datumBody>;

/** `PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie`: the organisation id (the `org` claim of its staff). */
export const uitvoeringsorganisatieBody = z.strictObject({ uitvoeringsorganisatie: id(), datum: datum() });
export type UitvoeringsorganisatieBody = z.infer<typeof uitvoeringsorganisatieBody>;

/**
 * `POST /v1/inburgeraars/{id}/verhuizing` (issue 23): the inburgeraar moved to `naarGemeente` on `datum` (not in the
 * future: the consulent records a move the BRP already shows; docs/API-EXTENSIONS.md).
 */
export const verhuizingBody = z.strictObject({ naarGemeente: cbsCode(), datum: datum() });
export type VerhuizingBody = z.infer<typeof verhuizingBody>;

/**
 * `POST /v1/verhuizingen` (issue 23, between deployments): the hand-over of a move out of another deployment, a
 * compact JWS (ES256) signed with the sending deployment's key; its claims are an `Overdracht`.
 */
export const overdrachtBody = z.strictObject({ overdracht: z.string().check(z.minLength(1), z.maxLength(65_536)) });
export type OverdrachtBody = z.infer<typeof overdrachtBody>;

/** `POST /v1/verhuizingen`: the hand-over was received (the same answer for a repeated one). */
export interface OverdrachtOntvangenResponse {
  verhuizingId: string;
  inburgeraarId: string;
  gemeente: string;
}

/** `GET /v1/inburgeraars?gemeente=0518[&limit=50][&cursor=...]` */
export const inburgeraarsQuery = z.strictObject({ gemeente: cbsCode(), ...paginaQuery });
export type InburgeraarsQuery = z.infer<typeof inburgeraarsQuery>;

export interface AanmeldingResponse {
  inburgeraarId: string;
  gemeente: string;
  doelgroep: (typeof DOELGROEPEN)[number];
  status: string;
  uitvoeringsorganisatie: string;
}

export interface TrajectWeergave {
  fase: Fase;
  startdatum: string;
  einddatum: string;
}

/** `GET /v1/inburgeraars/{id}`; the optional fields are additions to API.md. */
export interface InburgeraarResponse extends AanmeldingResponse {
  status: Fase;
  doelgroep: Doelgroep;
  traject?: TrajectWeergave;
  koppelingsdatum?: string;
  woningtoewijzingsdatum?: string;
  /** The legal start of MB (Wi2021 art. 13(3)). */
  brpInschrijvingsdatum?: string;
  /** Tijdige start (report 6.1): days from koppeling to the start of MB by the gemeente's profile. */
  dagenTussenKoppelingEnStart?: number;
  /** Days from koppeling to the legal start (BRP-inschrijving). */
  dagenTussenKoppelingEnBrpInschrijving?: number;
  /** While MB has not started yet: days since koppeling (the gap as it grows). */
  dagenSindsKoppelingZonderStart?: number;
  persoon?: { voornaam: string; achternaam: string; geboortedatum: string; talen: string[] };
}

/** `GET /v1/inburgeraars`: never persoon details. `volgende` is the cursor of the next page. */
export interface InburgeraarLijstResponse {
  items: Omit<InburgeraarResponse, 'persoon'>[];
  volgende?: string;
}

/**
 * `POST /v1/inburgeraars/{id}/inburgering`: the gemeente records one fact of the inburgering (issue 12). Dates and the
 * leerroute only: the content of the brede intake and of the PIP stays in the gemeente's own systems.
 */
/**
 * Why a decision recorded before changes (issue 22 item 8): a bezwaar against the leerroute ("In zulke gevallen gaan de
 * consulent, de inburgeraar en de maatschappelijk begeleider hierover in gesprek", report 3.4.1, Heerenveen), or a
 * bijstelling of the PIP. `gesprekOp`: the day of that conversation.
 */
const wijziging = () =>
  z.optional(z.strictObject({ aanleiding: z.enum(WIJZIGING_AANLEIDINGEN), gesprekOp: z.optional(datum()) }));
export interface Wijziging {
  aanleiding: WijzigingAanleiding;
  gesprekOp?: string;
}

export const inburgeringBody = z.discriminatedUnion('soort', [
  z.strictObject({
    soort: z.literal('brede-intake'),
    datum: datum(),
    /** Invite the assigned begeleider (the broker shares the invitation only with the inburgeraar's consent). */
    begeleiderUitgenodigd: z.optional(z.boolean()),
    /** Afterwards: did the begeleider attend? `true` only after an invitation the broker shared. */
    begeleiderAanwezig: z.optional(z.boolean()),
  }),
  z.strictObject({ soort: z.literal('pip-vastgesteld'), datum: datum(), wijziging: wijziging() }),
  z.strictObject({
    soort: z.literal('leerroute'),
    datum: datum(),
    leerroute: z.enum(LEERROUTES),
    wijziging: wijziging(),
  }),
  z.strictObject({ soort: z.literal('eerste-taalles'), datum: datum() }),
]);
export type InburgeringBody = z.infer<typeof inburgeringBody>;

/** The milestones of one timeline, in the order of the process (report 6.1: tijdige start). */
export const TIJDLIJN_MIJLPALEN = [
  'koppeling',
  'woningtoewijzing',
  'brp-inschrijving',
  'regeldag',
  'opstartfase-afgerond',
  'brede-intake',
  'pip-vastgesteld',
  'leerroute',
  'eerste-taalles',
] as const;
export type TijdlijnMijlpaal = (typeof TIJDLIJN_MIJLPALEN)[number];

export interface TijdlijnItem {
  mijlpaal: TijdlijnMijlpaal;
  datum: string;
  /** Days since the milestone before it on the timeline (absent for the first). */
  dagenSindsVorige?: number;
  leerroute?: Leerroute;
  begeleiderUitgenodigd?: boolean;
  begeleiderAanwezig?: boolean;
  /** A changed leerroute or PIP (after a bezwaar, 3.4.1): why, and the decision it replaces stays on the timeline. */
  wijziging?: Wijziging;
}

/** `GET /v1/inburgeraars/{id}/tijdlijn`: the known milestones by date, the gaps between them, what is still open. */
export interface TijdlijnResponse {
  inburgeraarId: string;
  items: TijdlijnItem[];
  nogNietBekend: TijdlijnMijlpaal[];
  /** Days from the koppeling to the last known milestone. */
  dagenTotaal?: number;
}
