import * as z from 'zod/mini';
import { CATEGORIEEN, type Categorie } from './categorieen';
import { ROLLEN } from './codes';
import { cbsCode, id, tijdstip } from './primitives';

export const CONTEXTEN = ['aanmelding', 'regeldag', 'begeleiding', 'sociaal-domein', 'toestemming'] as const;
export type Context = (typeof CONTEXTEN)[number];

export const actorSchema = z.object({
  org: z.optional(z.string()),
  rol: z.enum(ROLLEN),
  sub: z.optional(z.string()),
});
export type Actor = z.infer<typeof actorSchema>;

export const metaSchema = z.object({
  id: id(),
  occurredAt: tijdstip(),
  gemeente: cbsCode(),
  inburgeraarId: id(),
  categorie: z.optional(z.enum(CATEGORIEEN)),
  actor: actorSchema,
  correlationId: id(),
  causationId: z.optional(id()),
});
export type Meta = z.infer<typeof metaSchema>;

/** The contract of one event: where it comes from, its detail-type, its voortgang categorie and its data schema. */
export interface EventContract<N extends string = string, D extends z.ZodMiniType = z.ZodMiniType> {
  readonly name: N;
  readonly version: number;
  readonly context: Context;
  readonly source: `wegwijs.${Context}`;
  readonly detailType: `${N}.v${number}`;
  /** Set for events that carry voortgangsinformatie: their only consumer is the consent broker. */
  readonly categorie: Categorie | undefined;
  readonly data: D;
  readonly envelope: z.ZodMiniType<{ meta: Meta; data: z.infer<D> }>;
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
    detailType: `${def.name}.v${version}`,
    categorie: def.categorie,
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

export type EventData<E extends EventContract> = z.infer<E['data']>;
export interface Envelope<E extends EventContract = EventContract> {
  meta: Meta;
  data: EventData<E>;
}
