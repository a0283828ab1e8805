import { type AttributeValue, type DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { markeerVerzonden, type Sleutel, UITSTAAND, UITSTAAND_INDEX, uitgaandVan } from './aggregaat';
import { dynamoClient } from './dynamo';
import { omgeving, vereisTabel } from './env';
import { logger } from './logger';
import { naarOutgoing } from './outbox';
import { createPublisher, type Publisher } from './publisher';
import type { Afleiden } from './schrijfpad';

/** Items younger than this are left to the writer that is publishing them right now (fewer duplicates). */
export const RELAY_RUST_MS = 1000;

export interface RelayDeps {
  client: DynamoDBClient;
  tabel: string;
  publisher: Publisher;
  /** The context's derived writes (the write path's `afleiden`), run before publishing. */
  afleiden?: Afleiden;
}

/** Publishes what one item still has pending (read strongly consistent) and marks it sent. Returns the count. */
export async function relayItem(deps: RelayDeps, sleutel: Sleutel): Promise<number> {
  const { Item } = await deps.client.send(
    new GetItemCommand({ TableName: deps.tabel, Key: marshall(sleutel), ConsistentRead: true }),
  );
  if (Item?.uitstaand?.S !== UITSTAAND) return 0;
  const { versie, uitgaand } = uitgaandVan(Item);
  if (uitgaand.length > 0) {
    await deps.afleiden?.(uitgaand);
    await deps.publisher.publish(...uitgaand.map(naarOutgoing));
  }
  await markeerVerzonden(
    deps.client,
    deps.tabel,
    sleutel,
    versie,
    uitgaand.map((e) => e.sleutel),
  );
  return uitgaand.length;
}

/** Relays every item of the table that has events pending for longer than `rustMs` (the local relay's sweep). */
export async function veegUitstaand(deps: RelayDeps, nu: Date = new Date(), rustMs = RELAY_RUST_MS): Promise<number> {
  let totaal = 0;
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await deps.client.send(
      new QueryCommand({
        TableName: deps.tabel,
        IndexName: UITSTAAND_INDEX.naam,
        KeyConditionExpression: 'uitstaand = :ja AND uitstaandSinds < :grens',
        ExpressionAttributeValues: marshall({
          ':ja': UITSTAAND,
          ':grens': new Date(nu.getTime() - rustMs).toISOString(),
        }),
        ProjectionExpression: 'pk, sk',
        Limit: 100,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) {
      const pk = item.pk?.S;
      const sk = item.sk?.S;
      if (pk && sk) totaal += await relayItem(deps, { pk, sk });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return totaal;
}

interface StreamRecord {
  eventName?: string;
  dynamodb?: { Keys?: Record<string, { S?: string }> };
}

const isStream = (event: unknown): event is { Records: StreamRecord[] } =>
  typeof event === 'object' && event !== null && Array.isArray((event as { Records?: unknown }).Records);

/**
 * The relay function of a context. In AWS the table's stream invokes it with the keys of written items (filtered to
 * items that carry pending events); locally the platform invokes it at start and periodically, and it sweeps the
 * sparse index. Either way it publishes what stayed unsent and marks it sent; a failure throws (the stream retries).
 */
export function relayHandler(maak: () => RelayDeps = () => standaardRelayDeps()) {
  let deps: RelayDeps | undefined;
  return async (event: unknown): Promise<{ gepubliceerd: number }> => {
    deps ??= maak();
    let gepubliceerd = 0;
    if (isStream(event)) {
      for (const record of event.Records) {
        const pk = record.dynamodb?.Keys?.pk?.S;
        const sk = record.dynamodb?.Keys?.sk?.S;
        if (record.eventName !== 'REMOVE' && pk && sk) gepubliceerd += await relayItem(deps, { pk, sk });
      }
    } else {
      const rustMs = (event as { detail?: { rustMs?: unknown } } | undefined)?.detail?.rustMs;
      gepubliceerd = await veegUitstaand(deps, new Date(), typeof rustMs === 'number' ? rustMs : RELAY_RUST_MS);
    }
    if (gepubliceerd > 0) logger.info('relay published pending events', { gepubliceerd });
    return { gepubliceerd };
  };
}

/** The relay's real ports from the environment; `afleiden` is the context's derived writes, if it has any. */
export function standaardRelayDeps(afleiden?: (client: DynamoDBClient, tabel: string) => Afleiden): RelayDeps {
  const o = omgeving();
  const client = dynamoClient();
  const tabel = vereisTabel(o);
  return {
    client,
    tabel,
    publisher: createPublisher({ busName: o.eventBus }),
    ...(afleiden ? { afleiden: afleiden(client, tabel) } : {}),
  };
}
