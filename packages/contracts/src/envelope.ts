import * as z from 'zod/mini';
import { CATEGORIEEN, type Categorie } from './categorieen';
import { ROLLEN } from './codes';
import { cbsCode, id, tijdstip } from './primitives';

export const CONTEXTEN = [
  'aanmelding',
  'regeldag',
  'begeleiding',
  'sociaal-domein',
  'toestemming',
  'regie',
  'toegangslog',
  'archief',
  'inzage',
  'abonnementen',
] as const;
export type Context = (typeof CONTEXTEN)[number];
/** The EventBridge source of a context's events. */
export type Bron = `wegwijs.${Context}`;

export const actorSchema = z.object({
  org: z.optional(z.string()),
  rol: z.enum(ROLLEN),
  sub: z.optional(z.string()),
});
export type Actor = z.infer<typeof actorSchema>;

/**
 * The W3C `traceparent` of the request (or event) that caused an event (version 00: trace id, parent span, flags):
 * the trace is kept through every event a request causes (API.md "Access log").
 */
export const traceparent = () => z.string().check(z.regex(/^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/));

export const metaSchema = z.object({
  id: id(),
  occurredAt: tijdstip(),
  gemeente: cbsCode(),
  inburgeraarId: id(),
  categorie: z.optional(z.enum(CATEGORIEEN)),
  actor: actorSchema,
  correlationId: id(),
  causationId: z.optional(id()),
  traceparent: z.optional(traceparent()),
});
export type Meta = z.infer<typeof metaSchema>;

/**
 * The meta of an ANONYMOUS event (counts without personal information, RegietellingenBijgewerkt): no inburgeraarId,
 * no categorie, and an actor with only `rol` and `org` (no `sub`). Strict: a meta that carries any other key (a
 * person's id above all) does not match, so such an event can be neither published nor consumed.
 */
export const anoniemeMetaSchema = z.strictObject({
  id: id(),
  occurredAt: tijdstip(),
  gemeente: cbsCode(),
  actor: z.strictObject({ org: z.optional(z.string()), rol: z.enum(ROLLEN) }),
  correlationId: id(),
  causationId: z.optional(id()),
  traceparent: z.optional(traceparent()),
});
export type AnoniemeMeta = z.infer<typeof anoniemeMetaSchema>;

/** The contract of one event: where it comes from, its detail-type, its voortgang categorie and its data schema. */
export interface EventContract<N extends string = string, D extends z.ZodMiniType = z.ZodMiniType> {
  readonly name: N;
  readonly version: number;
  /** The context that owns the contract: the producer, or for an anonymous event its one consumer (regie). */
  readonly context: Context;
  /** The source of the event: for an anonymous event with several producers, the first of `bronnen`. */
  readonly source: Bron;
  /** Every source the event may carry: `[source]`, or an anonymous event's producers (each publishes its own). */
  readonly bronnen: readonly Bron[];
  readonly detailType: `${N}.v${number}`;
  /** Set for events that carry voortgangsinformatie: their only consumer is the consent broker. */
  readonly categorie: Categorie | undefined;
  /** An anonymous event: its envelope has the anonymous meta (no inburgeraarId), see `anoniemeMetaSchema`. */
  readonly anoniem: boolean;
  readonly data: D;
  /** The envelope schema; for an anonymous event it validates `{ meta: AnoniemeMeta, data }` (see `anoniem`). */
  readonly envelope: z.ZodMiniType<{ meta: Meta; data: z.infer<D> }>;
  readonly anoniemeEnvelope?: z.ZodMiniType<{ meta: AnoniemeMeta; data: z.infer<D> }>;
}

/**
 * Defines an event contract. Its schemas are built at first use (`data` is a thunk): a function builds only those of
 * the events it publishes or consumes, not those of every context at import.
 */
export function defineEvent<N extends string, D extends z.ZodMiniType>(def: {
  name: N;
  version?: number;
  context: Context;
  categorie?: Categorie;
  data: () => D;
}): EventContract<N, D> {
  const version = def.version ?? 1;
  let data: D | undefined;
  let envelope: EventContract<N, D>['envelope'] | undefined;
  return {
    name: def.name,
    version,
    context: def.context,
    source: `wegwijs.${def.context}`,
    bronnen: [`wegwijs.${def.context}`],
    detailType: `${def.name}.v${version}`,
    categorie: def.categorie,
    anoniem: false,
    get data() {
      data ??= def.data();
      return data;
    },
    get envelope() {
      envelope ??= z.object({ meta: metaSchema, data: this.data }) as unknown as EventContract<N, D>['envelope'];
      return envelope;
    },
  };
}

/**
 * An anonymous event: counts without personal information, published by several contexts (`bronnen`, each with its
 * own source) and owned by the context that consumes it. No categorie: it carries no voortgangsinformatie.
 */
export function defineAnoniemEvent<N extends string, D extends z.ZodMiniType>(def: {
  name: N;
  version?: number;
  /** The consumer that owns the contract. */
  context: Context;
  /** The producing contexts. */
  bronnen: readonly [Context, ...Context[]];
  data: D;
}): EventContract<N, D> {
  const version = def.version ?? 1;
  const bronnen = def.bronnen.map((c) => `wegwijs.${c}` as const);
  const anoniemeEnvelope = z.strictObject({ meta: anoniemeMetaSchema, data: def.data }) as unknown as z.ZodMiniType<{
    meta: AnoniemeMeta;
    data: z.infer<D>;
  }>;
  return {
    name: def.name,
    version,
    context: def.context,
    source: bronnen[0] as Bron,
    bronnen,
    detailType: `${def.name}.v${version}`,
    categorie: undefined,
    anoniem: true,
    data: def.data,
    // Both validate the anonymous form: a normal meta (with an inburgeraarId) never matches an anonymous contract.
    envelope: anoniemeEnvelope as unknown as z.ZodMiniType<{ meta: Meta; data: z.infer<D> }>,
    anoniemeEnvelope,
  };
}

export type EventData<E extends EventContract> = z.infer<E['data']>;
export interface Envelope<E extends EventContract = EventContract> {
  meta: Meta;
  data: EventData<E>;
}
/** The envelope of an anonymous event. */
export interface AnoniemEnvelope<E extends EventContract = EventContract> {
  meta: AnoniemeMeta;
  data: EventData<E>;
}
