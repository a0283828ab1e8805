import * as z from 'zod/mini';
import {
  AFRONDINGSSOORTEN,
  CONTACTVORMEN,
  DOEL_STATUSSEN,
  EVALUATIE_MOMENTEN,
  FASEN,
  RESULTATEN_BEREIKT,
  VERWIJZING_PARTNERS,
} from '../codes';
import { defineEvent } from '../envelope';
import { code, datum, id, tekst } from '../primitives';

export const TrajectFaseGewijzigd = defineEvent({
  name: 'TrajectFaseGewijzigd',
  context: 'begeleiding',
  categorie: 'trajectstatus',
  data: () =>
    z.object({
      fase: z.enum(FASEN),
      vorigeFase: z.optional(z.enum(FASEN)),
      datum: datum(),
      startdatum: z.optional(datum()),
      einddatum: z.optional(datum()),
    }),
});

const meetmomentData = () =>
  z.object({
    meetmomentId: id(),
    datum: datum(),
    scores: z.record(code(), z.int().check(z.gte(1), z.lte(5))),
    toelichting: z.optional(tekst()),
  });

const contactmomentData = () =>
  z.object({
    contactmomentId: id(),
    datum: datum(),
    vorm: z.enum(CONTACTVORMEN),
    duurMinuten: z.int().check(z.gte(1), z.lte(1440)),
    zonderAfspraak: z.optional(z.boolean()),
  });

export const MeetmomentVastgelegd = defineEvent({
  name: 'MeetmomentVastgelegd',
  context: 'begeleiding',
  categorie: 'zelfredzaamheid',
  data: meetmomentData,
});

export const ContactmomentVastgelegd = defineEvent({
  name: 'ContactmomentVastgelegd',
  context: 'begeleiding',
  categorie: 'contactmomenten',
  data: contactmomentData,
});

/**
 * The bulk path of a migration (`POST /v1/inburgeraars/{id}/historie`): historic items of one person as ONE event per
 * categorie (the unit a consent covers and the broker routes by), each item exactly the data of its single event. The
 * broker decides the batch as one batch. An event stays under EventBridge's 256 KB per entry: the producer splits a
 * batch into parts of at most `MAX_BATCH_EVENT_BYTES` of data (`deel` numbers them; usually there is one).
 */
export const MAX_BATCH_EVENT_BYTES = 96 * 1024;
const batchDeel = () => z.strictObject({ nummer: z.int().check(z.gte(1)), van: z.int().check(z.gte(1)) });

export const ContactmomentenVastgelegd = defineEvent({
  name: 'ContactmomentenVastgelegd',
  context: 'begeleiding',
  categorie: 'contactmomenten',
  data: () => z.object({ contactmomenten: z.array(contactmomentData()).check(z.minLength(1)), deel: batchDeel() }),
});

export const MeetmomentenVastgelegd = defineEvent({
  name: 'MeetmomentenVastgelegd',
  context: 'begeleiding',
  categorie: 'zelfredzaamheid',
  data: () => z.object({ meetmomenten: z.array(meetmomentData()).check(z.minLength(1)), deel: batchDeel() }),
});

export const VoortgangsrapportageOpgesteld = defineEvent({
  name: 'VoortgangsrapportageOpgesteld',
  context: 'begeleiding',
  categorie: 'voortgangsrapportage',
  data: () => z.object({ rapportageId: id(), datum: datum(), tekst: tekst(20000) }),
});

export const TrajectVerlengd = defineEvent({
  name: 'TrajectVerlengd',
  context: 'begeleiding',
  categorie: 'trajectstatus',
  data: () => z.object({ maanden: z.int().check(z.gte(1)), einddatum: datum(), verlengingen: z.int().check(z.gte(1)) }),
});

/**
 * The afronding (categorie trajectstatus: shared on the gemeente's task, Wi2021 art. 13). What of the written overdracht
 * travels here (decision, issue 22): THAT it took place, its date and to whom (the inburgeringsconsulent of the
 * gemeente), and the day of the eindgesprek, so the consulent knows it is coming and can ask for it; its CONTENT only
 * travels in EindoverdrachtOpgesteld (categorie eindoverdracht), with the inburgeraar's consent. Likewise a warme
 * overdracht of the person names the partner and the day here, never why beyond the code.
 */
export const TrajectAfgerond = defineEvent({
  name: 'TrajectAfgerond',
  context: 'begeleiding',
  categorie: 'trajectstatus',
  data: () =>
    z.object({
      datum: datum(),
      soort: z.enum(AFRONDINGSSOORTEN),
      eindgesprekOp: z.optional(datum()),
      schriftelijkeOverdracht: z.optional(
        z.strictObject({ overdrachtId: id(), datum: datum(), aan: z.literal('inburgeringsconsulent') }),
      ),
      warmeOverdracht: z.optional(z.strictObject({ naar: z.enum(VERWIJZING_PARTNERS), datum: datum() })),
      resultatenBereikt: z.optional(z.enum(RESULTATEN_BEREIKT)),
    }),
});

/**
 * The traject ended (an afronding, or the automatic end the planner notices): the day its bewaartermijnen start
 * (issue 19). No categorie: it carries no voortgangsinformatie, only the date, so the archief may consume it.
 */
export const TrajectBeeindigd = defineEvent({
  name: 'TrajectBeeindigd',
  context: 'begeleiding',
  /** `gestart: false`: it ended before it started, so its terms count from the aanmelding. */
  data: () => z.object({ einddatum: datum(), gestart: z.boolean() }),
});

/** The written hand-over at afronding (categorie eindoverdracht). */
export const EindoverdrachtOpgesteld = defineEvent({
  name: 'EindoverdrachtOpgesteld',
  context: 'begeleiding',
  categorie: 'eindoverdracht',
  data: () => z.object({ overdrachtId: id(), datum: datum(), soort: z.enum(AFRONDINGSSOORTEN), tekst: tekst(20000) }),
});

/**
 * The goals of the begeleidingsplan and their status (categorie zelfredzaamheid): when the plan is set or changed
 * (`vastgesteld`), and at each evaluation (a meetmoment, or the afronding with "of de beoogde resultaten zijn bereikt",
 * Rotterdam 3.3). Codes and statuses only: the plan's free text (beginsituatie, omschrijving, acties, huiswerk,
 * toelichting) stays with the uitvoeringsorganisatie and is never in this event.
 */
export const BegeleidingsplanBijgewerkt = defineEvent({
  name: 'BegeleidingsplanBijgewerkt',
  context: 'begeleiding',
  categorie: 'zelfredzaamheid',
  data: () =>
    z.strictObject({
      /** The id of this version of the plan's goals (an evaluatieId at an evaluation): the broker's bronId. */
      bijwerkingId: id(),
      datum: datum(),
      aanleiding: z.enum(['vastgesteld', ...EVALUATIE_MOMENTEN]),
      doelen: z.array(z.strictObject({ doelId: id(), leefgebied: code(), status: z.enum(DOEL_STATUSSEN) })),
      resultatenBereikt: z.optional(z.enum(RESULTATEN_BEREIKT)),
    }),
});

/**
 * Who is assigned to the traject now (API.md need to know: a `vrijwilliger` reads only the inburgeraars assigned to
 * them): the `begeleiderId` of every active toewijzing, which is the `sub` of that begeleider's token
 * (docs/API-EXTENSIONS.md). Published with every write that changes the set. `stand` is the traject's version of that
 * write: a context's copy keeps the highest stand it saw, so the copies agree in any order of delivery, however often.
 * No categorie: ids of staff, nothing about the inburgeraar's progress.
 */
export const BegeleidersGewijzigd = defineEvent({
  name: 'BegeleidersGewijzigd',
  context: 'begeleiding',
  data: () =>
    z.strictObject({
      begeleiders: z.array(id()).check(z.maxLength(100)),
      stand: z.int().check(z.gte(1)),
    }),
});
