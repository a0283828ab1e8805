import * as z from 'zod/mini';
import { CATEGORIEEN, GRONDSLAGEN } from '../categorieen';
import { GEMEENTE_ROLLEN } from '../codes';
import { datum, tijdstip } from '../primitives';
import { VERWERKINGSACTIVITEITEN } from '../verwerkingsactiviteiten';
import { pagina, volgende } from './lijst-responses';
import { DOELEN, TOESTEMMING_STATUSSEN, VASTLEGGINGSWIJZEN, VERWERKING_ACTIES } from './toestemming';

const wijze = z.enum(['app', ...VASTLEGGINGSWIJZEN]);

/** A consent record as the broker shows it: the stored fields and the status of today. */
export const toestemmingWeergave = z.object({
  toestemmingId: z.string(),
  inburgeraarId: z.string(),
  ontvanger: z.object({ gemeente: z.string(), rol: z.optional(z.enum(GEMEENTE_ROLLEN)) }),
  categorieen: z.array(z.enum(CATEGORIEEN)),
  doel: z.enum(DOELEN),
  geldigVanaf: tijdstip(),
  geldigTot: z.optional(datum()),
  expliciet: z.boolean(),
  taal: z.string(),
  tekstversie: z.string(),
  vastgelegd: z.object({ wijze, tolk: z.optional(z.string()), door: z.string(), org: z.optional(z.string()) }),
  uitvoeringsorganisatie: z.string(),
  ingetrokkenOp: z.optional(tijdstip()),
  statusHistorie: z.array(
    z.object({
      status: z.enum(['actief', 'ingetrokken']),
      tijdstip: tijdstip(),
      door: z.string(),
      vastgelegd: z.optional(z.object({ wijze, tolk: z.optional(z.string()), org: z.optional(z.string()) })),
    }),
  ),
  status: z.enum(TOESTEMMING_STATUSSEN),
});
export type ToestemmingWeergave = z.infer<typeof toestemmingWeergave>;
export const toestemmingenResponse = pagina(toestemmingWeergave);

export const intrekkingResponse = z.object({
  toestemmingId: z.string(),
  status: z.literal('ingetrokken'),
  ingetrokkenOp: tijdstip(),
});

/** `GET /v1/inburgeraars/{id}/voortgang`: what was shared with this gemeente (and role). */
export const voortgangResponse = pagina(
  z.object({
    bronId: z.string(),
    categorie: z.enum(CATEGORIEEN),
    bron: z.string(),
    ontvangenOp: tijdstip(),
    grondslag: z.enum(GRONDSLAGEN),
    toestemmingId: z.optional(z.string()),
    gegevens: z.record(z.string(), z.unknown()),
  }),
);

/** `GET /v1/inburgeraars/{id}/verwerkingen`: the log in chain order, never content, and whether the chain verifies. */
export const verwerkingenResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      tijdstip: tijdstip(),
      actie: z.enum(VERWERKING_ACTIES),
      /** The processing activity of the verwerkingsregister (GET /v1/verwerkingsactiviteiten) this entry belongs to. */
      verwerkingsactiviteit: z.enum(VERWERKINGSACTIVITEITEN),
      categorie: z.optional(z.enum(CATEGORIEEN)),
      /** One `ingezien` entry per read names every categorie read. */
      categorieen: z.optional(z.array(z.enum(CATEGORIEEN))),
      bronId: z.optional(z.string()),
      van: z.optional(z.string()),
      aan: z.optional(z.string()),
      grondslag: z.optional(z.enum(GRONDSLAGEN)),
      toestemmingId: z.optional(z.string()),
      hash: z.string(),
      vorigeHash: z.string(),
    }),
  ),
  keten: z.object({ geldig: z.boolean() }),
  volgende,
});
export type VerwerkingenResponse = z.infer<typeof verwerkingenResponse>;
