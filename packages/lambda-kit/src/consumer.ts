import { BatchGetItemCommand, type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { type AnoniemEnvelope, type Envelope, EVENTS_BY_DETAIL_TYPE, type EventContract } from '@wegwijs/contracts';
import type { EventBridgeEvent } from 'aws-lambda';
import { dynamoClient } from './dynamo';
import { omgeving, vereisTabel } from './env';
import { logger } from './logger';
import { grafsteenSleutel } from './persoon';
import { binnenAanroep, spanVan } from './trace';

/** Remembers which event ids a consumer has handled (EventBridge delivers at least once, in any order). */
export interface DedupeStore {
  /**
   * True when the event was handled before; 'vernietigd' when the person it is about was destroyed in this context
   * (their tombstone, see persoon.ts): the event must not re-create them. Both in one read.
   */
  seen(eventId: string, inburgeraarId?: string): Promise<boolean | 'vernietigd'>;
  remember(eventId: string): Promise<void>;
}

const DAYS_14 = 14 * 24 * 3600;

export function dynamoDedupeStore(client: DynamoDBClient, tableName: string): DedupeStore {
  const key = (id: string) => ({ pk: { S: `evt#${id}` }, sk: { S: 'evt' } });
  const lees = async (id: string) =>
    (await client.send(new GetItemCommand({ TableName: tableName, Key: key(id), ConsistentRead: true }))).Item;
  return {
    async seen(id, inburgeraarId) {
      if (!inburgeraarId) return (await lees(id)) !== undefined;
      const steen = marshall(grafsteenSleutel(inburgeraarId));
      const res = await client.send(
        new BatchGetItemCommand({
          RequestItems: { [tableName]: { Keys: [key(id), steen], ConsistentRead: true, ProjectionExpression: 'pk' } },
        }),
      );
      if (Object.keys(res.UnprocessedKeys ?? {}).length > 0) {
        // Throttled: ask again, one key at a time.
        if (await grafsteenGelegd(client, tableName, inburgeraarId)) return 'vernietigd';
        return (await lees(id)) !== undefined;
      }
      const gevonden = new Set((res.Responses?.[tableName] ?? []).map((i) => i.pk?.S));
      if (gevonden.has(steen.pk?.S)) return 'vernietigd';
      return gevonden.has(`evt#${id}`);
    },
    async remember(id) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { ...key(id), verlooptOp: { N: String(Math.floor(Date.now() / 1000) + DAYS_14) } },
        }),
      );
    },
  };
}

/** True when the person's tombstone lies in this table (they were destroyed here). */
async function grafsteenGelegd(client: DynamoDBClient, tableName: string, inburgeraarId: string) {
  const { Item } = await client.send(
    new GetItemCommand({
      TableName: tableName,
      Key: marshall(grafsteenSleutel(inburgeraarId)),
      ConsistentRead: true,
      ProjectionExpression: 'pk',
    }),
  );
  return Item !== undefined;
}

export type EventHandlers = Partial<Record<string, (envelope: Envelope) => Promise<void>>>;
/** Handlers of anonymous events (counts without personal information): their meta has no inburgeraarId. */
export type AnoniemeEventHandlers = Partial<Record<string, (envelope: AnoniemEnvelope) => Promise<void>>>;

export class OngeldigEvent extends Error {
  override name = 'OngeldigEvent';
}

/** Parses an EventBridge event into its contract's envelope, or throws (the event then goes to the dead-letter queue). */
export function parseEnvelope(event: EventBridgeEvent<string, unknown>): {
  contract: EventContract;
  envelope: Envelope;
} {
  const geparst = parseEvent(event);
  if (geparst.anoniem) throw new OngeldigEvent(`event ${event['detail-type']} is anonymous`);
  return geparst;
}

/** A parsed event: a normal envelope, or an anonymous one (no inburgeraarId in its meta). */
export type GeparstEvent =
  | { anoniem: false; contract: EventContract; envelope: Envelope }
  | { anoniem: true; contract: EventContract; envelope: AnoniemEnvelope };

/** Parses an EventBridge event of any contract, anonymous ones included, or throws. */
export function parseEvent(event: EventBridgeEvent<string, unknown>): GeparstEvent {
  const contract = EVENTS_BY_DETAIL_TYPE.get(event['detail-type']);
  if (!contract || !(contract.bronnen as readonly string[]).includes(event.source)) {
    throw new OngeldigEvent(`no contract for ${event.source} ${event['detail-type']}`);
  }
  const schema = contract.anoniem ? contract.anoniemeEnvelope : contract.envelope;
  const parsed = schema?.safeParse(event.detail);
  if (!parsed?.success) throw new OngeldigEvent(`event ${event['detail-type']} does not match its contract`);
  return contract.anoniem
    ? { anoniem: true, contract, envelope: parsed.data as AnoniemEnvelope }
    : { anoniem: false, contract, envelope: parsed.data as Envelope };
}

/**
 * The event consumer of a context: parses the envelope against the contract, skips events already handled, runs the
 * handler for the detail-type and remembers the event id only after the handler succeeded. A failing handler throws,
 * so the event is retried and finally dead-lettered, never dropped.
 */
export function eventConsumer(options: {
  handlers?: EventHandlers;
  /** Handlers of anonymous events; their log lines carry the event id and nothing about a person. */
  anoniem?: AnoniemeEventHandlers;
  dedupe?: DedupeStore;
}) {
  let dedupe = options.dedupe;
  return async (event: EventBridgeEvent<string, unknown>): Promise<void> => {
    const geparst = parseEvent(event);
    // The consumer continues the trace of the request that caused the event (a span of its own), or starts one.
    return binnenAanroep({ trace: spanVan(geparst.envelope.meta.traceparent) }, () => verwerk(geparst));
  };
  async function verwerk(geparst: GeparstEvent): Promise<void> {
    const { contract, envelope } = geparst;
    const handler = geparst.anoniem
      ? bind(options.anoniem?.[contract.detailType], geparst.envelope)
      : bind(options.handlers?.[contract.detailType], geparst.envelope);
    logger.appendKeys({ correlationId: envelope.meta.correlationId, eventId: envelope.meta.id });
    if (!handler) {
      logger.warn('event without handler', { detailType: contract.detailType });
      return;
    }
    dedupe ??= dynamoDedupeStore(dynamoClient(), vereisTabel(omgeving()));
    const gezien = await dedupe.seen(
      envelope.meta.id,
      geparst.anoniem ? undefined : geparst.envelope.meta.inburgeraarId,
    );
    if (gezien === 'vernietigd') {
      // The person was destroyed here: a late event (a redelivery, a relay's retry) creates nothing again.
      logger.info('event about a destroyed person dropped', { detailType: contract.detailType });
      return;
    }
    if (gezien) {
      logger.info('duplicate delivery skipped', { detailType: contract.detailType });
      return;
    }
    await handler();
    await dedupe.remember(envelope.meta.id);
    logger.info('event handled', {
      detailType: contract.detailType,
      ...(geparst.anoniem ? {} : { inburgeraarId: geparst.envelope.meta.inburgeraarId }),
    });
  }
}

const bind = <E>(handler: ((envelope: E) => Promise<void>) | undefined, envelope: E) =>
  handler ? () => handler(envelope) : undefined;

/** An SQS record as Lambda delivers it (only the fields used). */
interface SqsRecord {
  messageId: string;
  body: string;
  attributes?: { MessageGroupId?: string };
}

const isSqs = (event: unknown): event is { Records: SqsRecord[] } =>
  typeof event === 'object' &&
  event !== null &&
  Array.isArray((event as { Records?: unknown }).Records) &&
  (event as { Records: { eventSource?: unknown }[] }).Records.every((r) => r.eventSource === 'aws:sqs');

/**
 * A consumer behind an SQS FIFO queue (EventBridge rule -> queue -> function): each record's body is the EventBridge
 * event. Records are handled in order; from the first that fails, that record and every later one of the same message
 * group are reported as failed (partial batch response), so the queue redelivers them in order and a record that keeps
 * failing goes to the queue's dead-letter queue after its receive count. Called with an EventBridge event (the local
 * bus), it is the consumer itself.
 */
export function viaSqsFifo(consumer: (event: EventBridgeEvent<string, unknown>) => Promise<void>) {
  return async (
    event: EventBridgeEvent<string, unknown> | { Records: SqsRecord[] },
  ): Promise<{ batchItemFailures: { itemIdentifier: string }[] } | undefined> => {
    if (!isSqs(event)) {
      await consumer(event as EventBridgeEvent<string, unknown>);
      return undefined;
    }
    const mislukt: { itemIdentifier: string }[] = [];
    const geblokkeerd = new Set<string>();
    for (const record of event.Records) {
      const groep = record.attributes?.MessageGroupId ?? '';
      if (geblokkeerd.has(groep)) {
        mislukt.push({ itemIdentifier: record.messageId });
        continue;
      }
      try {
        await consumer(JSON.parse(record.body) as EventBridgeEvent<string, unknown>);
      } catch (e) {
        logger.warn('record left to the queue', {
          messageId: record.messageId,
          errorName: e instanceof Error ? e.name : 'Error',
        });
        geblokkeerd.add(groep);
        mislukt.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: mislukt };
  };
}
