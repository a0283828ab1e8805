import * as z from 'zod/mini';
import { DOELGROEPEN, INBURGERING_MIJLPALEN, LEERROUTES } from '../codes';
import { defineEvent } from '../envelope';
import { datum, id } from '../primitives';

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
    }),
});

/** The bronId of the invitation to the brede intake (categorie brede-intake) beside the fact itself (inburgering). */
export const uitnodigingBronId = (mijlpaalId: string) => `${mijlpaalId}:uitnodiging`;
