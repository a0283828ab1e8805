import * as z from 'zod/mini';
import { DOELGROEPEN, INBURGERING_MIJLPALEN, LEERROUTES, WIJZIGING_AANLEIDINGEN } from '../codes';
import { defineEvent } from '../envelope';
import { cbsCode, datum, id } from '../primitives';

export const AanmeldingGeregistreerd = defineEvent({
  name: 'AanmeldingGeregistreerd',
  context: 'aanmelding',
  data: () =>
    z.object({
      doelgroep: z.enum(DOELGROEPEN),
      uitvoeringsorganisatie: id(),
      /** Absent for a doelgroep without a COA koppeling (`HEEFT_KOPPELING`, report 4.4). */
      koppelingsdatum: z.optional(datum()),
    }),
});

export const WoningToegewezen = defineEvent({
  name: 'WoningToegewezen',
  context: 'aanmelding',
  data: () => z.object({ datum: datum() }),
});

/** The legal start of MB (Wi2021 art. 13(3)). */
export const BrpIngeschreven = defineEvent({
  name: 'BrpIngeschreven',
  context: 'aanmelding',
  data: () => z.object({ datum: datum() }),
});

/** The gemeente assigns the traject to another uitvoeringsorganisatie; consents given for the old one end. */
export const UitvoeringsorganisatieGewijzigd = defineEvent({
  name: 'UitvoeringsorganisatieGewijzigd',
  context: 'aanmelding',
  data: () => z.object({ van: id(), naar: id(), datum: datum() }),
});

/**
 * The inburgeraar moved from gemeente `van` to `naar` on `datum` (issue 23). Within the deployment the traject
 * continues in `naar` with `uitvoeringsorganisatie`, the organisation that serves the doelgroep there; absent, `naar`
 * is served by another deployment, which receives the hand-over: here nobody but the inburgeraar reaches the dossier
 * any more. Every context moves its dossier to `naar`; consents given for `van` end (verlopen).
 */
export const InburgeraarVerhuisd = defineEvent({
  name: 'InburgeraarVerhuisd',
  context: 'aanmelding',
  data: () =>
    z.object({
      verhuizingId: id(),
      van: cbsCode(),
      naar: cbsCode(),
      datum: datum(),
      uitvoeringsorganisatie: z.optional(id()),
      doelgroep: z.enum(DOELGROEPEN),
    }),
});

/**
 * The organisation id a context keeps for a dossier that moved to another deployment: no staff member's `org` is
 * ever this, so only the inburgeraar still reaches what stays here under its bewaartermijn.
 */
export const VERHUISD_ELDERS = 'verhuisd-naar-elders';

/**
 * The gemeente records a fact of the inburgering (categorie inburgering, direction gemeente-naar-uitvoering): only
 * dates, the leerroute and whether the begeleider attended the brede intake. Never the content of the intake or the
 * PIP. Its only consumer is the broker, which decides what the assigned uitvoeringsorganisatie may see.
 */
export const InburgeringsmijlpaalVastgelegd = defineEvent({
  name: 'InburgeringsmijlpaalVastgelegd',
  context: 'aanmelding',
  categorie: 'inburgering',
  data: () =>
    z.object({
      mijlpaalId: id(),
      soort: z.enum(INBURGERING_MIJLPALEN),
      datum: datum(),
      leerroute: z.optional(z.enum(LEERROUTES)),
      /** Brede intake: the gemeente invites the begeleider to attend it (shared only with the inburgeraar's consent). */
      begeleiderUitgenodigd: z.optional(z.boolean()),
      /** Brede intake: the begeleider attended (recorded afterwards; only after an invitation the broker shared). */
      begeleiderAanwezig: z.optional(z.boolean()),
      /** Leerroute or PIP: a change of the decision recorded before, and why (a bezwaar, report 3.4.1). */
      wijziging: z.optional(z.strictObject({ aanleiding: z.enum(WIJZIGING_AANLEIDINGEN) })),
    }),
});

/** The bronId of the invitation to the brede intake (categorie brede-intake) beside the fact itself (inburgering). */
export const uitnodigingBronId = (mijlpaalId: string) => `${mijlpaalId}:uitnodiging`;
