import * as z from 'zod/mini';
import { SIGNALERING_SOORTEN } from '../codes';
import { CONTEXTEN, type Context, defineAnoniemEvent } from '../envelope';
import { cbsCode, id, tijdstip } from '../primitives';

/** The contexts whose HTTP functions log access to personal data (every context but the access log itself). */
const PRODUCENTEN = CONTEXTEN.filter((c): c is Exclude<Context, 'toegangslog'> => c !== 'toegangslog');

/**
 * One request that read or wrote personal data of inburgeraars (API.md "Access log"), published by the kit's HTTP chain
 * of the context that served it, for the access log (services/toegangslog) only. Ids and codes only: who (`sub`, `rol`,
 * `org`), which route, which inburgeraar, the status, the source address, when, and the W3C trace. Its meta is the
 * anonymous one (no inburgeraarId, no `sub`): the person's id is the entry's `object`, never a routing key.
 */
export const ToegangGelogd = defineAnoniemEvent({
  name: 'ToegangGelogd',
  context: 'toegangslog',
  bronnen: PRODUCENTEN as [Context, ...Context[]],
  data: z.strictObject({
    tijdstip: tijdstip(),
    actor: z.strictObject({ sub: id(), rol: z.string().check(z.maxLength(64)), org: z.optional(id()) }),
    /** The route key (`GET /v1/inburgeraars/{id}/traject`); the access log names it by its operationId. */
    route: z.string().check(z.minLength(1), z.maxLength(256)),
    object: z.optional(id()),
    /** The dossier's gemeente (or the list's), when the request names one. */
    gemeente: z.optional(cbsCode()),
    resultaat: z.number().check(z.int(), z.gte(100), z.lte(599)),
    oorsprong: z.string().check(z.maxLength(64)),
    traceId: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
    spanId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  }),
});

/**
 * A signalering of the access log: a user opened more distinct dossiers in an hour than the deployment allows. For the
 * deployment's alarm topic (the operations side routes it there); ids and counts only.
 */
export const ToegangSignalering = defineAnoniemEvent({
  name: 'ToegangSignalering',
  context: 'toegangslog',
  bronnen: ['toegangslog'],
  data: z.strictObject({
    signaleringId: id(),
    tijdstip: tijdstip(),
    actor: z.strictObject({ sub: id(), rol: z.string().check(z.maxLength(64)), org: z.optional(id()) }),
    soort: z.enum(SIGNALERING_SOORTEN),
    aantal: z.number().check(z.int(), z.gte(0)),
    drempel: z.number().check(z.int(), z.gte(0)),
  }),
});
