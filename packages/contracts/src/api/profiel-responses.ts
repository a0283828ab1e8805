import * as z from 'zod/mini';
import { DOELGROEPEN, STARTMOMENTEN } from '../codes';

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

export const healthResponse = z.object({ status: z.literal('ok') });

/** The OpenAPI document itself. */
export const openApiResponse = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({}),
  paths: z.looseObject({}),
});
