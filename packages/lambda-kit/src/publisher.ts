import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { AnoniemeMeta, Bron, EventContract, EventData, Meta } from '@wegwijs/contracts';
import { ulid } from 'ulid';
import { type Clock, systemClock } from './clock';
import { metTraceparent } from './trace';

export class PublishError extends Error {
  constructor(
    message: string,
    readonly failed: { detailType: string; errorCode?: string }[],
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

/** What a producer supplies; id, occurredAt and categorie are filled in from the contract and the clock. */
export type MetaInput = Omit<Meta, 'id' | 'occurredAt' | 'categorie'>;
/** The meta a producer supplies for an anonymous event: no inburgeraarId, an actor without `sub`. */
export type AnoniemeMetaInput = Omit<AnoniemeMeta, 'id' | 'occurredAt'>;

export interface OutgoingEvent<E extends EventContract = EventContract> {
  contract: E;
  meta: MetaInput | AnoniemeMetaInput;
  data: EventData<E>;
  /** The producing context's source, for an event several contexts publish (an anonymous one); one of its `bronnen`. */
  bron?: Bron;
  /**
   * Fixed when the event was decided (outbox): every re-publication carries the same `meta.id` and `occurredAt`, so
   * the consumers' dedupe absorbs the duplicates of a retry or of the relay.
   */
  id?: string;
  occurredAt?: string;
}

/** An event the current request or event causes: its meta carries the current trace (`traceparent`). */
export const event = <E extends EventContract>(contract: E, meta: MetaInput, data: EventData<E>): OutgoingEvent => ({
  contract,
  meta: metTraceparent(meta),
  data,
});

/** An anonymous event (counts without personal information) published by `bron`, one of the contract's producers. */
export const anoniemEvent = <E extends EventContract>(
  contract: E,
  bron: Bron,
  meta: AnoniemeMetaInput,
  data: EventData<E>,
): OutgoingEvent => ({ contract, bron, meta: metTraceparent(meta), data });

/** The source an event is published with: its contract's one source, or the named producer of a shared contract. */
export function bronVan(contract: EventContract, bron: Bron | undefined): Bron {
  if (bron === undefined && contract.bronnen.length === 1) return contract.source;
  if (bron !== undefined && contract.bronnen.includes(bron)) return bron;
  throw new PublishError(`event ${contract.detailType} may not be published by ${bron ?? 'an unnamed source'}`, [
    { detailType: contract.detailType, errorCode: 'InvalidSource' },
  ]);
}

export interface Publisher {
  /** Publishes the events; throws when any entry fails, so that nothing is silently dropped. */
  publish(...events: OutgoingEvent[]): Promise<void>;
}

let sharedClient: EventBridgeClient | undefined;
export const eventBridgeClient = () => {
  sharedClient ??= new EventBridgeClient({ maxAttempts: 3 });
  return sharedClient;
};

export function createPublisher(options: { busName: string; client?: EventBridgeClient; clock?: Clock }): Publisher {
  const clock = options.clock ?? systemClock;
  return {
    async publish(...events) {
      const entries = events.map(({ contract, meta, data, id, occurredAt, bron }) => {
        const source = bronVan(contract, bron);
        const envelope = {
          meta: {
            ...metTraceparent(meta),
            id: id ?? ulid(),
            occurredAt: occurredAt ?? clock.now().toISOString(),
            ...(contract.categorie ? { categorie: contract.categorie } : {}),
          },
          data,
        };
        const checked = contract.envelope.safeParse(envelope);
        if (!checked.success) {
          throw new PublishError(`event ${contract.detailType} does not match its contract`, [
            { detailType: contract.detailType, errorCode: 'InvalidEnvelope' },
          ]);
        }
        return {
          EventBusName: options.busName,
          Source: source,
          DetailType: contract.detailType,
          Detail: JSON.stringify(checked.data),
          Time: clock.now(),
        };
      });
      for (const batch of inVerzoeken(entries)) {
        const client = options.client ?? eventBridgeClient();
        const result = await client.send(new PutEventsCommand({ Entries: batch }));
        const failed = (result.Entries ?? [])
          .map((entry, index) => ({ entry, index }))
          .filter(({ entry }) => entry.ErrorCode !== undefined || entry.EventId === undefined);
        if ((result.FailedEntryCount ?? 0) > 0 || failed.length > 0 || (result.Entries?.length ?? 0) !== batch.length) {
          throw new PublishError(
            `PutEvents failed for ${Math.max(result.FailedEntryCount ?? 0, failed.length)} of ${batch.length} events`,
            failed.map(({ entry, index }) => ({
              detailType: batch[index]?.DetailType ?? 'unknown',
              ...(entry.ErrorCode ? { errorCode: entry.ErrorCode } : {}),
            })),
          );
        }
      }
    },
  };
}

/** EventBridge's limits of one PutEvents request: at most 10 entries and 256 KB together. */
const MAX_ENTRIES = 10;
const MAX_VERZOEK_BYTES = 256 * 1024;

/** The size EventBridge counts for an entry: its source, detail-type, detail and time (14 bytes). */
const entryBytes = (e: { Source: string; DetailType: string; Detail: string }) =>
  Buffer.byteLength(e.Source) + Buffer.byteLength(e.DetailType) + Buffer.byteLength(e.Detail) + 14;

/** The entries in PutEvents requests within both limits, in order (a batch event of a migration can be ~100 KB). */
export function inVerzoeken<T extends { Source: string; DetailType: string; Detail: string }>(
  entries: readonly T[],
): T[][] {
  const verzoeken: T[][] = [];
  let huidig: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const grootte = entryBytes(entry);
    if (huidig.length > 0 && (huidig.length === MAX_ENTRIES || bytes + grootte > MAX_VERZOEK_BYTES)) {
      verzoeken.push(huidig);
      huidig = [];
      bytes = 0;
    }
    huidig.push(entry);
    bytes += grootte;
  }
  if (huidig.length > 0) verzoeken.push(huidig);
  return verzoeken;
}
