import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { alsTekst, type UitgaandEvent, uitTekst } from './outbox';

/** The key of one item. */
export interface Sleutel {
  pk: string;
  sk: string;
}

/** An aggregate as stored: its state, its version and the events written with it that are not yet marked sent. */
export interface Geladen<S> {
  staat: S;
  versie: number;
  uitgaand: UitgaandEvent[];
}

/**
 * How a context stores its aggregate in one item: `naarItem` gives the attributes of the state (including index keys),
 * `uitItem` reads them back. The kit adds `pk`, `sk`, `versie`, `uitgaand` (pending events) and the marker
 * `uitstaand`/`uitstaandSinds` the local relay finds pending events by.
 */
export interface AggregaatCodec<S> {
  naarItem(staat: S): Record<string, unknown>;
  uitItem(attributen: Record<string, unknown>): S;
}

/** The attributes of an aggregate's item as the write path stores it (before its outbox): state, key and version. */
export const aggregaatItem = <S>(
  codec: AggregaatCodec<S>,
  sleutel: Sleutel,
  staat: S,
  versie: number,
): Record<string, unknown> => ({ ...codec.naarItem(staat), ...sleutel, versie });

/** The storage port of the one write path: one item per aggregate, every write conditional on its version. */
export interface AggregaatOpslag<S> {
  laad(sleutel: Sleutel): Promise<Geladen<S> | undefined>;
  /** Writes state and pending events as version `vorige + 1`; false when the stored version is not `vorige`. */
  bewaar(sleutel: Sleutel, staat: S, uitgaand: readonly UitgaandEvent[], vorige: number | undefined): Promise<boolean>;
  /**
   * Removes the pending events written at `versie`; when a later write carries them on, only the ones named in
   * `sleutels` (the events the caller published).
   */
  markeerVerzonden(sleutel: Sleutel, versie: number, sleutels?: readonly string[]): Promise<void>;
}

/** Attributes of an aggregate item that belong to the write path, not to the state. */
export const KIT_ATTRIBUTEN = new Set(['pk', 'sk', 'versie', 'uitgaand', 'uitstaand', 'uitstaandSinds', 'verlooptOp']);
export const UITSTAAND = 'ja';

/**
 * The sparse index the local relay finds pending events by (dynalite has no streams). Only items that carry events
 * not yet marked sent have `uitstaand`; the local tables get it from `maakTabel`. In AWS the table's stream feeds the
 * relay instead, and the table has no such index.
 */
export const UITSTAAND_INDEX = { naam: 'uitstaand', partitionKey: 'uitstaand', sortKey: 'uitstaandSinds' } as const;

export const isConditieFout = (e: unknown) => e instanceof ConditionalCheckFailedException;

/** Runs one conditional write and answers its result, or undefined when its condition did not hold. */
export async function alsVoorwaarde<T>(schrijf: () => Promise<T>): Promise<T | undefined> {
  try {
    return await schrijf();
  } catch (e) {
    if (isConditieFout(e)) return undefined;
    throw e;
  }
}

/** Runs one conditional write: true when it was done, false when its condition did not hold; other faults throw. */
export const voorwaardelijk = async (schrijf: () => Promise<unknown>): Promise<boolean> =>
  (await alsVoorwaarde(async () => {
    await schrijf();
    return true;
  })) ?? false;

/** Pending events and version of a raw item (oldest event first). */
export function uitgaandVan(item: Record<string, AttributeValue>): { versie: number; uitgaand: UitgaandEvent[] } {
  const map = item.uitgaand?.M ?? {};
  const uitgaand = Object.entries(map)
    .filter(([, v]) => v.S !== undefined)
    .map(([sleutel, v]) => uitTekst(sleutel, v.S ?? '{}'))
    .sort((a, b) => (a.sleutel < b.sleutel ? -1 : 1));
  return { versie: Number(item.versie?.N ?? 0), uitgaand };
}

/** The attributes that hold pending events on an item (none when there are none): the outbox and its marker. */
export function outboxAttributen(uitgaand: readonly UitgaandEvent[], nu: Date): Record<string, AttributeValue> {
  if (uitgaand.length === 0) return {};
  return {
    uitgaand: { M: Object.fromEntries(uitgaand.map((e) => [e.sleutel, { S: alsTekst(e) }])) },
    uitstaand: { S: UITSTAAND },
    uitstaandSinds: { S: nu.toISOString() },
  };
}

/**
 * Marks the events written at `versie` as sent. While nothing was written after them: the whole outbox and its marker
 * go. Otherwise a later writer carried them along: exactly the events this publisher sent (`sleutels`) are removed, so
 * they are not published again by every later write and every relay sweep while writes keep meeting (a burst), and
 * the marker stays for the later writer (or the relay) that publishes the rest.
 */
export async function markeerVerzonden(
  client: DynamoDBClient,
  tableName: string,
  sleutel: Sleutel,
  versie: number,
  sleutels: readonly string[] = [],
) {
  const geheel = await voorwaardelijk(() =>
    client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: marshall(sleutel),
        UpdateExpression: 'REMOVE uitgaand, uitstaand, uitstaandSinds',
        ConditionExpression: 'versie = :v',
        ExpressionAttributeValues: { ':v': { N: String(versie) } },
      }),
    ),
  );
  if (geheel || sleutels.length === 0) return;
  await verwijderVerzonden(client, tableName, sleutel, sleutels);
}

/** Removes these published events from an item's outbox, whatever its version (a no-op for events already gone). */
export async function verwijderVerzonden(
  client: DynamoDBClient,
  tableName: string,
  sleutel: Sleutel,
  sleutels: readonly string[],
) {
  const namen = Object.fromEntries(sleutels.map((s, i) => [`#e${i}`, s]));
  await voorwaardelijk(() =>
    client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: marshall(sleutel),
        UpdateExpression: `REMOVE ${sleutels.map((_, i) => `uitgaand.#e${i}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(uitgaand)',
        ExpressionAttributeNames: namen,
      }),
    ),
  );
}

export function dynamoAggregaatOpslag<S>(
  client: DynamoDBClient,
  tableName: string,
  codec: AggregaatCodec<S>,
  nu: () => Date = () => new Date(),
): AggregaatOpslag<S> {
  return {
    async laad(sleutel) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: marshall(sleutel), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      const attributen: Record<string, unknown> = {};
      for (const [naam, waarde] of Object.entries(unmarshall(Item))) {
        if (!KIT_ATTRIBUTEN.has(naam)) attributen[naam] = waarde;
      }
      return { staat: codec.uitItem(attributen), ...uitgaandVan(Item) };
    },

    async bewaar(sleutel, staat, uitgaand, vorige) {
      const item: Record<string, AttributeValue> = {
        ...marshall(aggregaatItem(codec, sleutel, staat, (vorige ?? 0) + 1), { removeUndefinedValues: true }),
      };
      Object.assign(item, outboxAttributen(uitgaand, nu()));
      return voorwaardelijk(() =>
        client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: item,
            ...(vorige === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : vorige === 0
                ? // an item written before the write path kept a version (none, or a context's own non-number)
                  {
                    ConditionExpression:
                      'attribute_exists(pk) AND (attribute_not_exists(versie) OR NOT attribute_type(versie, :n))',
                    ExpressionAttributeValues: { ':n': { S: 'N' } },
                  }
                : { ConditionExpression: 'versie = :v', ExpressionAttributeValues: { ':v': { N: String(vorige) } } }),
          }),
        ),
      );
    },

    markeerVerzonden: (sleutel, versie, sleutels) => markeerVerzonden(client, tableName, sleutel, versie, sleutels),
  };
}
