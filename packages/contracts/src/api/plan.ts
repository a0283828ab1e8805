import * as z from 'zod/mini';
import {
  type AfspraakHerkomst,
  type AfspraakStatus,
  BEGELEIDER_ROLLEN,
  type BegeleiderRol,
  CONTACTVORMEN,
  type Contactvorm,
  DIENSTVERBANDEN,
  type Dienstverband,
  DOEL_STATUSSEN,
  type DoelStatus,
  EVALUATIE_MOMENTEN,
  type EvaluatieMoment,
  RESULTATEN_BEREIKT,
  type ResultatenBereikt,
  TOEWIJZING_REDENEN,
  TOLK_SOORTEN,
  type ToewijzingReden,
  type TolkSoort,
} from '../codes';
import { code, datum, id, padId, tekst } from '../primitives';
import { paginaQuery } from './lijst-responses';

/** Issue 12: the traject as a plan. Begeleiders in sequence, afspraken, the begeleidingsplan per leefgebied. */

/** `POST /v1/inburgeraars/{id}/begeleiders`: a new toewijzing; the active one of the same rol ends that day. */
export const toewijzingBody = z.strictObject({
  begeleiderId: id(),
  rol: z.enum(BEGELEIDER_ROLLEN),
  dienstverband: z.enum(DIENSTVERBANDEN),
  /** The first day; today when absent. Not in the future. */
  van: z.optional(datum()),
  /** Why the begeleiding changes (the reason the previous toewijzing of this rol ends). */
  reden: z.optional(z.enum(TOEWIJZING_REDENEN)),
});
export type ToewijzingBody = z.infer<typeof toewijzingBody>;

/** `POST /v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging`: ends a toewijzing without a successor. */
export const beeindigingBody = z.strictObject({ datum: datum(), reden: z.enum(TOEWIJZING_REDENEN) });
export type BeeindigingBody = z.infer<typeof beeindigingBody>;

export const toewijzingParams = z.strictObject({ id: padId(), toewijzingId: padId() });
export const afspraakParams = z.strictObject({ id: padId(), afspraakId: padId() });

/** `POST /v1/inburgeraars/{id}/afspraken`: the begeleider plans a follow-up ("de begeleider neemt het initiatief"). */
export const afspraakBody = z.strictObject({
  datum: datum(),
  /** Where or how; `kantoor` when absent (follow-ups usually take place at the office, report 4.1). */
  vorm: z.optional(z.enum(CONTACTVORMEN)),
  begeleiderId: z.optional(id()),
  /**
   * Re-plan: the afspraak this one replaces (one that was afgezegd or missed). The old one stays as it was, with
   * `vervangenDoor` and an entry in its geschiedenis; this one carries `vervangt` (report 3.3, 4.2.2).
   */
  vervangt: z.optional(id()),
});
export type AfspraakBody = z.infer<typeof afspraakBody>;

/**
 * `POST /v1/inburgeraars/{id}/afspraken/{afspraakId}/verplaatsing`: the begeleider moves a planned afspraak to another
 * day (not in the past) and optionally another form; the old day stays in its geschiedenis.
 */
export const verplaatsingBody = z.strictObject({
  datum: datum(),
  vorm: z.optional(z.enum(CONTACTVORMEN)),
  reden: z.optional(tekst(500)),
});
export type VerplaatsingBody = z.infer<typeof verplaatsingBody>;

/** What happened to an afspraak after it was planned, in order: moved, cancelled, re-planned as another. */
export const AFSPRAAK_ACTIES = ['verplaatst', 'afgezegd', 'opnieuw-gepland'] as const;
export type AfspraakActie = (typeof AFSPRAAK_ACTIES)[number];
export interface AfspraakGebeurtenis {
  /** The day it was recorded. */
  op: string;
  actie: AfspraakActie;
  /** verplaatst: the day before and after; opnieuw-gepland: the day of the new afspraak. */
  van?: string;
  naar?: string;
  /** opnieuw-gepland: the new afspraak. */
  afspraakId?: string;
  /** afgezegd: who cancelled. */
  door?: 'inburgeraar' | 'begeleider';
  reden?: string;
}

/** `PUT /v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid`: what happened at the afspraak. */
export const aanwezigheidBody = z.strictObject({
  status: z.enum(['verschenen', 'niet-verschenen', 'afgezegd']),
  /** The interpreter used (verschenen only). */
  tolk: z.optional(z.enum(TOLK_SOORTEN)),
  /** Required when verschenen: the contactmoment it becomes (dates and form for the broker, 3.3). */
  duurMinuten: z.optional(z.int().check(z.gte(1), z.lte(1440))),
  /** Who cancelled (afgezegd only). */
  afgezegdDoor: z.optional(z.enum(['inburgeraar', 'begeleider'])),
});
export type AanwezigheidBody = z.infer<typeof aanwezigheidBody>;

export const planLijstQuery = z.strictObject({ ...paginaQuery });
export type PlanLijstQuery = z.infer<typeof planLijstQuery>;

const planTekst = () => tekst(1000);

/** `PUT /v1/inburgeraars/{id}/begeleidingsplan`: the plan per leefgebied of the gemeente's model (4.2.1). */
export const begeleidingsplanBody = z.strictObject({
  datum: datum(),
  leefgebieden: z
    .array(
      z.strictObject({
        leefgebied: code(),
        /** The starting situation (free text: stays with the uitvoeringsorganisatie). */
        beginsituatie: z.optional(planTekst()),
        doelen: z
          .array(
            z.strictObject({
              /** The id of an existing goal (keeps its status); absent for a new goal. */
              doelId: z.optional(id()),
              omschrijving: planTekst(),
              /** Agreed actions. */
              acties: z.optional(z.array(planTekst()).check(z.maxLength(10))),
              /** Homework (Den Haag's VWN plan, 4.2.1). */
              huiswerk: z.optional(z.array(planTekst()).check(z.maxLength(10))),
            }),
          )
          .check(z.maxLength(10)),
      }),
    )
    .check(z.minLength(1), z.maxLength(12)),
});
export type BegeleidingsplanBody = z.infer<typeof begeleidingsplanBody>;

/** `POST /v1/inburgeraars/{id}/begeleidingsplan/evaluaties`: at a meetmoment, or at afronding. */
export const evaluatieBody = z.strictObject({
  datum: datum(),
  moment: z.enum(EVALUATIE_MOMENTEN),
  doelen: z
    .array(z.strictObject({ doelId: id(), status: z.enum(DOEL_STATUSSEN), toelichting: z.optional(planTekst()) }))
    .check(z.minLength(1), z.maxLength(120)),
  /** Required at afronding: "of de beoogde resultaten zijn bereikt" (Rotterdam, 3.3). */
  resultatenBereikt: z.optional(z.enum(RESULTATEN_BEREIKT)),
  toelichting: z.optional(planTekst()),
});
export type EvaluatieBody = z.infer<typeof evaluatieBody>;

export interface ToewijzingWeergave {
  toewijzingId: string;
  begeleiderId: string;
  rol: BegeleiderRol;
  dienstverband: Dienstverband;
  van: string;
  tot?: string;
  /** Why this toewijzing began (the change it made). */
  reden?: ToewijzingReden;
  /** Why it ended. */
  eindReden?: ToewijzingReden;
}

export interface AfspraakWeergave {
  afspraakId: string;
  datum: string;
  herkomst: AfspraakHerkomst;
  vorm: Contactvorm;
  begeleiderId?: string;
  status: AfspraakStatus;
  tolk?: TolkSoort;
  duurMinuten?: number;
  afgezegdDoor?: 'inburgeraar' | 'begeleider';
  /** The afspraak this one re-plans. */
  vervangt?: string;
  /** The afspraak that re-plans this one. */
  vervangenDoor?: string;
  /** Every change since it was planned (moves, cancellation, re-planning), oldest first. */
  geschiedenis?: AfspraakGebeurtenis[];
}

export interface DoelWeergave {
  doelId: string;
  omschrijving: string;
  acties: string[];
  huiswerk: string[];
  status: DoelStatus;
}

export interface EvaluatieWeergave {
  evaluatieId: string;
  datum: string;
  moment: EvaluatieMoment;
  doelen: { doelId: string; leefgebied: string; status: DoelStatus; toelichting?: string }[];
  resultatenBereikt?: ResultatenBereikt;
  toelichting?: string;
}

export interface BegeleidingsplanWeergave {
  vastgesteldOp: string;
  bijgewerktOp: string;
  leefgebieden: { leefgebied: string; beginsituatie?: string; doelen: DoelWeergave[] }[];
  evaluaties: EvaluatieWeergave[];
  /** The profile's fixed meetmomenten, each `uitgevoerd` once the plan was evaluated in its window. */
  evaluatiesGepland: { naMaanden: number; datum: string; status: 'gepland' | 'uitgevoerd' | 'achterstallig' }[];
  /** Meetmomenten recorded since the plan without an evaluation of the plan on that day. */
  meetmomentenZonderEvaluatie: string[];
}
