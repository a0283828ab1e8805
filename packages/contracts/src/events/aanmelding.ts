import * as z from 'zod/mini';
import { DOELGROEPEN } from '../codes';
import { defineEvent } from '../envelope';
import { datum, id } from '../primitives';

export const AanmeldingGeregistreerd = defineEvent({
  name: 'AanmeldingGeregistreerd',
  context: 'aanmelding',
  data: z.object({
    doelgroep: z.enum(DOELGROEPEN),
    uitvoeringsorganisatie: id(),
    koppelingsdatum: datum(),
  }),
});

export const WoningToegewezen = defineEvent({
  name: 'WoningToegewezen',
  context: 'aanmelding',
  data: z.object({ datum: datum() }),
});

/** The legal start of MB (Wi2021 art. 13(3)). */
export const BrpIngeschreven = defineEvent({
  name: 'BrpIngeschreven',
  context: 'aanmelding',
  data: z.object({ datum: datum() }),
});

/** The gemeente assigns the traject to another uitvoeringsorganisatie; consents given for the old one end. */
export const UitvoeringsorganisatieGewijzigd = defineEvent({
  name: 'UitvoeringsorganisatieGewijzigd',
  context: 'aanmelding',
  data: z.object({ van: id(), naar: id(), datum: datum() }),
});
