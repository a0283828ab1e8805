import * as z from 'zod/mini';
import { FASEN, GROEPSACTIVITEIT_SOORTEN } from '../codes';
import { datum } from '../primitives';
import { beschrijft, volgende } from './lijst-responses';
import type { GroepsactiviteitWeergave, InschrijvingWeergave, NabellenResponse } from './praktijk';

export const groepsactiviteitWeergave = beschrijft<GroepsactiviteitWeergave>()(
  z.object({
    activiteitId: z.string(),
    gemeente: z.string(),
    aanbod: z.string(),
    soort: z.enum(GROEPSACTIVITEIT_SOORTEN),
    titel: z.string(),
    bijeenkomsten: z.array(datum()),
    organisatie: z.string(),
    aangemaaktOp: z.string(),
  }),
);
export const groepsactiviteitenResponse = z.object({ items: z.array(groepsactiviteitWeergave), volgende });

export const inschrijvingWeergave = beschrijft<InschrijvingWeergave>()(
  z.object({
    activiteitId: z.string(),
    aanbod: z.string(),
    ingeschrevenOp: datum(),
    aanwezigheid: z.array(z.object({ datum: datum(), aanwezig: z.boolean() })),
  }),
);
export const inschrijvingenResponse = z.object({ items: z.array(inschrijvingWeergave), volgende });

export const nabellenResponse = beschrijft<NabellenResponse>()(
  z.object({
    gemeente: z.string(),
    maxDagenZonderContact: z.int(),
    items: z.array(
      z.object({
        inburgeraarId: z.string(),
        fase: z.enum(FASEN),
        laatstGezien: z.nullable(datum()),
        laatsteContact: z.nullable(datum()),
        bellenVanaf: datum(),
      }),
    ),
    volgende,
  }),
);
