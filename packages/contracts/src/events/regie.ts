import * as z from 'zod/mini';
import { defineAnoniemEvent } from '../envelope';

/*
 * The event is kept small on purpose: every function bundle carries every event contract (the outbox and the consumer
 * look contracts up by detail-type). The catalogue (which indicators, kinds and code lists) lives in
 * `./regie-catalogus`, imported only by the producers and regie; regie's consumer refuses a telling outside it.
 */

/** The indicator sets of the regie monitor: one HTTP operation each (`GET /v1/regie/<set>`). */
export const INDICATORSETS = [
  'fasen',
  'doorlooptijden',
  'afspraken',
  'contacten',
  'capaciteit',
  'verlengingen',
  'afrondingen',
  'verwijzingen',
  'toestemmingen',
] as const;
export type Indicatorset = (typeof INDICATORSETS)[number];

/** Every dimension a telling may carry; its values come from the code lists in `DIMENSIES` (regie-catalogus). */
export const DIMENSIE_SLEUTELS = [
  'fase',
  'doelgroep',
  'vorm',
  'dienstverband',
  'rol',
  'soort',
  'partner',
  'uitkomst',
  'categorie',
] as const;
export type DimensieSleutel = (typeof DIMENSIE_SLEUTELS)[number];

/** A month `YYYY-MM`. */
export const maand = () => z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'));

/**
 * One counted fact: an indicator, a month, code-list values, a delta and (doorlooptijden only) a number of days.
 * Strict, and a dimension value is a short lowercase kebab-case code: it cannot hold a ULID (upper case), a UUID (36
 * characters), a date, a name or any free text.
 */
export const tellingSchema = z.strictObject({
  indicatorset: z.enum(INDICATORSETS),
  indicator: z.string().check(z.regex(/^[a-z]+(-{1,2}[a-z]+)*$/), z.maxLength(64)),
  maand: maand(),
  dimensies: z.partialRecord(
    z.enum(DIMENSIE_SLEUTELS),
    z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(24)),
  ),
  delta: z.int().check(z.refine((n) => n !== 0, 'must not be 0')),
  dagen: z.optional(z.int().check(z.gte(0), z.lte(36_500))),
});
export type Telling = z.infer<typeof tellingSchema>;

/**
 * Counts without personal information, derived by a producer from its own aggregate in the same write that records
 * the fact (the outbox). Anonymous: its meta has no inburgeraarId, its data no id of any person; regie consumes only
 * this event.
 */
export const RegietellingenBijgewerkt = defineAnoniemEvent({
  name: 'RegietellingenBijgewerkt',
  context: 'regie',
  bronnen: ['aanmelding', 'begeleiding', 'sociaal-domein', 'toestemming'],
  data: z.strictObject({ tellingen: z.array(tellingSchema).check(z.minLength(1), z.maxLength(100)) }),
});
