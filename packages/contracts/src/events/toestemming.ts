import * as z from 'zod/mini';
import { CATEGORIEEN, GRONDSLAGEN } from '../categorieen';
import { MB_MIJLPALEN } from '../codes';
import { defineEvent } from '../envelope';
import { ontvangerSchema } from '../ontvanger';
import { datum, id, tijdstip } from '../primitives';

export const ToestemmingGegeven = defineEvent({
  name: 'ToestemmingGegeven',
  context: 'toestemming',
  data: () =>
    z.object({
      toestemmingId: id(),
      ontvanger: ontvangerSchema,
      categorieen: z.array(z.enum(CATEGORIEEN)),
      doel: z.string(),
      geldigTot: z.optional(datum()),
      expliciet: z.boolean(),
      /** The uitvoeringsorganisatie assigned when it was given (issue 23: who is notified of it). */
      uitvoeringsorganisatie: z.optional(id()),
    }),
});

/** Who a consent concerns besides the inburgeraar: the recipient it names and the organisation it binds. */
const betrokkenen = () => ({
  /** The recipient the consent names (issue 23: a subscriber is notified of consents that name it). */
  ontvanger: z.optional(ontvangerSchema),
  /** The uitvoeringsorganisatie assigned when the event was made (never one that no longer serves the traject). */
  uitvoeringsorganisatie: z.optional(id()),
});

export const ToestemmingIngetrokken = defineEvent({
  name: 'ToestemmingIngetrokken',
  context: 'toestemming',
  data: () => z.object({ toestemmingId: id(), ingetrokkenOp: tijdstip(), ...betrokkenen() }),
});

/** Why a consent ended without a withdrawal (API.md: status `verlopen`). */
export const VERLOOP_REDENEN = ['organisatie-gewijzigd', 'traject-afgerond', 'verhuizing', 'geldigheid'] as const;

/**
 * A consent ended without a withdrawal: the traject went to another uitvoeringsorganisatie, it was afgerond (the
 * consent ends after that day: `verlopenOp`), the inburgeraar moved, or its `geldigTot` passed. Ids and codes only.
 */
export const ToestemmingVerlopen = defineEvent({
  name: 'ToestemmingVerlopen',
  context: 'toestemming',
  data: () =>
    z.object({
      toestemmingId: id(),
      reden: z.enum(VERLOOP_REDENEN),
      /** The first day on which the consent is no longer active. */
      verlopenOp: datum(),
      ...betrokkenen(),
    }),
});

const deling = () => ({
  bronId: id(),
  bronDetailType: z.string(),
  categorie: z.enum(CATEGORIEEN),
  ontvanger: ontvangerSchema,
});

/**
 * A share was permitted. Carries no content, except the minimised trajectstatus projection, which is shared on the
 * gemeente's statutory task (wettelijke-taak) and feeds the gemeente-side status views.
 */
export const VoortgangGedeeld = defineEvent({
  name: 'VoortgangGedeeld',
  context: 'toestemming',
  data: () =>
    z.object({
      ...deling(),
      grondslag: z.enum(GRONDSLAGEN),
      toestemmingId: z.optional(id()),
      trajectstatus: z.optional(
        z.object({ fase: z.string(), startdatum: z.optional(datum()), einddatum: z.optional(datum()) }),
      ),
      /** TrajectVerlengd (trajectstatus, no fase): the new end date and the number of extensions. */
      verlenging: z.optional(z.object({ einddatum: datum(), verlengingen: z.int().check(z.gte(1)) })),
      /** An MB-side milestone shared as praktische-zaken (wettelijke taak): the regeldag, the end of the opstartfase. */
      mijlpaal: z.optional(z.object({ soort: z.enum(MB_MIJLPALEN), datum: datum() })),
      /** Direction gemeente-naar-uitvoering: the uitvoeringsorganisatie the gemeente's fact was shared with. */
      uitvoeringsorganisatie: z.optional(id()),
    }),
});

export const DelenGeweigerd = defineEvent({
  name: 'DelenGeweigerd',
  context: 'toestemming',
  data: () => z.object({ ...deling(), reden: z.string() }),
});

export const GedeeldeVoortgangVerwijderd = defineEvent({
  name: 'GedeeldeVoortgangVerwijderd',
  context: 'toestemming',
  data: () => z.object({ ...deling(), toestemmingId: id() }),
});
