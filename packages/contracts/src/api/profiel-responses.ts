import * as z from 'zod/mini';
import { DOELGROEPEN, STARTMOMENTEN } from '../codes';
import { BEWAARTERMIJN_SOORTEN, VERWERKINGSACTIVITEITEN } from '../verwerkingsactiviteiten';

/**
 * `GET /v1/gemeenten/{cbs}/profiel`: the MB profile of a gemeente. The profile grows with the report's cases, so the
 * document names the fields API.md lists and leaves room for more (an open object).
 */
export const gemeenteProfielResponse = z.looseObject({
  cbs: z.string(),
  naam: z.string(),
  looptijdMaanden: z.int(),
  startmoment: z.enum(STARTMOMENTEN),
  opstartfase: z.looseObject({}),
  leefgebieden: z.array(z.string()),
  checklist: z.looseObject({}),
  verlenging: z.nullable(z.looseObject({ maanden: z.int(), maxAantal: z.int() })),
  doelgroepen: z.array(z.looseObject({ doelgroep: z.enum(DOELGROEPEN), uitvoeringsorganisatie: z.string() })),
  uitvoeringsorganisatie: z.string(),
});

/** One processing activity of the deployment's verwerkingsregister (AVG art. 30). */
export const verwerkingsactiviteitWeergave = z.object({
  id: z.enum(VERWERKINGSACTIVITEITEN),
  naam: z.string(),
  doel: z.string(),
  /** The legal ground (AVG art. 6, and art. 9 where special categories are processed) with its source. */
  grondslag: z.string(),
  categorieenGegevens: z.array(z.string()),
  ontvangers: z.array(z.string()),
  /** A reference to the deployment's bewaartermijn of a kind of record, with its term where the deployment sets one. */
  bewaartermijn: z.object({ soort: z.enum(BEWAARTERMIJN_SOORTEN), omschrijving: z.string() }),
  verwerkingsverantwoordelijke: z.string(),
});

/** `GET /v1/verwerkingsactiviteiten`: the verwerkingsregister of this deployment, a page at a time. */
export const verwerkingsactiviteitenResponse = z.object({
  items: z.array(verwerkingsactiviteitWeergave),
  volgende: z.optional(z.string()),
});
export type Verwerkingsactiviteit = z.infer<typeof verwerkingsactiviteitWeergave>;

export const healthResponse = z.object({ status: z.literal('ok') });

/** The OpenAPI document itself. */
export const openApiResponse = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({}),
  paths: z.looseObject({}),
});
