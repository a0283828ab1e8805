import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import {
  attribuutVan,
  UITGAAND_PREFIX,
  type UitgaandEvent,
  uitgaandUit,
  uitgaandUpdate,
  waardeVan,
} from '@wegwijs/lambda-kit';
import type { DatumSoort, Inburgeraar, TrajectProjectie } from '../domain/inburgeraar';
import { INDEX_PER_GEMEENTE, keys, OPSLAG_ATTRIBUTEN } from './keys';

export interface Opgeslagen {
  inburgeraar: Inburgeraar;
  /** Events written with the state but not yet published. */
  uitgaand: UitgaandEvent[];
}

export interface Pagina {
  items: Inburgeraar[];
  volgende?: string;
}

/** The aanmelding context's storage port. Every write is one conditional single-item write. */
export interface InburgeraarStore {
  /** Strongly consistent. */
  haal(inburgeraarId: string): Promise<Opgeslagen | undefined>;
  /** False when the id exists already. */
  maakAan(inburgeraar: Inburgeraar, uitgaand: readonly UitgaandEvent[]): Promise<boolean>;
  /** Sets a date that was not set yet; false when it was (someone else was first). */
  zetDatum(
    inburgeraarId: string,
    soort: DatumSoort,
    datum: string,
    uitgaand: readonly UitgaandEvent[],
  ): Promise<boolean>;
  /** Reassigns when the current organisation is still `van`; false otherwise. */
  wijzigOrganisatie(
    inburgeraarId: string,
    van: string,
    naar: string,
    uitgaand: readonly UitgaandEvent[],
  ): Promise<boolean>;
  /** Removes a published event (only if it is still the same one). */
  verwijderUitgaand(inburgeraarId: string, e: UitgaandEvent): Promise<void>;
  /** Replaces the traject projection when the stored one still has version `vorigeVersie`; false otherwise. */
  zetTraject(inburgeraarId: string, traject: TrajectProjectie, vorigeVersie: string | undefined): Promise<boolean>;
  /** The inburgeraars of a gemeente (optionally only those assigned to one organisation), one page at a time. */
  perGemeente(gemeente: string, opties: { org?: string; limit: number; cursor?: string }): Promise<Pagina>;
}

export class OngeldigeCursor extends Error {
  override name = 'OngeldigeCursor';
}

function inburgeraarUit(item: Record<string, AttributeValue>): Inburgeraar {
  const record: Record<string, unknown> = {};
  for (const [naam, waarde] of Object.entries(unmarshall(item))) {
    if (!OPSLAG_ATTRIBUTEN.has(naam) && !naam.startsWith(UITGAAND_PREFIX)) record[naam] = waarde;
  }
  return record as unknown as Inburgeraar;
}

const isConditieFout = (e: unknown) => e instanceof ConditionalCheckFailedException;

const codeerCursor = (key: Record<string, AttributeValue>) =>
  Buffer.from(JSON.stringify(unmarshall(key))).toString('base64url');

function decodeerCursor(cursor: string, gemeente: string): Record<string, AttributeValue> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const velden = Object.keys(key).sort().join(',');
    if (velden !== 'gsi1pk,gsi1sk,pk,sk' || key.gsi1pk !== keys.gemeentePartitie(gemeente)) throw new Error();
    if (!Object.values(key).every((v) => typeof v === 'string')) throw new Error();
    return marshall(key);
  } catch {
    throw new OngeldigeCursor('cursor does not belong to this list');
  }
}

export function dynamoInburgeraarStore(client: DynamoDBClient, tableName: string): InburgeraarStore {
  const sleutel = (id: string) => marshall(keys.inburgeraar(id));
  const schrijf = async (command: UpdateItemCommand | PutItemCommand) => {
    try {
      await client.send(command as UpdateItemCommand);
      return true;
    } catch (e) {
      if (isConditieFout(e)) return false;
      throw e;
    }
  };

  return {
    async haal(inburgeraarId) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: sleutel(inburgeraarId), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      return { inburgeraar: inburgeraarUit(Item), uitgaand: uitgaandUit(Item) };
    },

    maakAan(inburgeraar, uitgaand) {
      const item: Record<string, AttributeValue> = {
        ...marshall(
          {
            ...inburgeraar,
            ...keys.inburgeraar(inburgeraar.inburgeraarId),
            ...keys.perGemeente(inburgeraar.gemeente, inburgeraar.koppelingsdatum, inburgeraar.inburgeraarId),
          },
          { removeUndefinedValues: true },
        ),
      };
      for (const e of uitgaand) item[attribuutVan(e)] = waardeVan(e);
      return schrijf(
        new PutItemCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    },

    zetDatum(inburgeraarId, soort, datum, uitgaand) {
      const uit = uitgaandUpdate(uitgaand);
      return schrijf(
        new UpdateItemCommand({
          TableName: tableName,
          Key: sleutel(inburgeraarId),
          UpdateExpression: `SET ${['#veld = :datum', ...uit.sets].join(', ')}`,
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#veld)',
          ExpressionAttributeNames: { '#veld': soort, ...uit.names },
          ExpressionAttributeValues: { ':datum': { S: datum }, ...uit.values },
        }),
      );
    },

    wijzigOrganisatie(inburgeraarId, van, naar, uitgaand) {
      const uit = uitgaandUpdate(uitgaand);
      return schrijf(
        new UpdateItemCommand({
          TableName: tableName,
          Key: sleutel(inburgeraarId),
          UpdateExpression: `SET ${['uitvoeringsorganisatie = :naar', ...uit.sets].join(', ')}`,
          ConditionExpression: 'uitvoeringsorganisatie = :van',
          ...(uitgaand.length ? { ExpressionAttributeNames: uit.names } : {}),
          ExpressionAttributeValues: { ':van': { S: van }, ':naar': { S: naar }, ...uit.values },
        }),
      );
    },

    async verwijderUitgaand(inburgeraarId, e) {
      await schrijf(
        new UpdateItemCommand({
          TableName: tableName,
          Key: sleutel(inburgeraarId),
          UpdateExpression: 'REMOVE #uit',
          ConditionExpression: '#uit = :uit',
          ExpressionAttributeNames: { '#uit': attribuutVan(e) },
          ExpressionAttributeValues: { ':uit': waardeVan(e) },
        }),
      );
    },

    zetTraject(inburgeraarId, traject, vorigeVersie) {
      return schrijf(
        new UpdateItemCommand({
          TableName: tableName,
          Key: sleutel(inburgeraarId),
          UpdateExpression: 'SET traject = :traject',
          ConditionExpression:
            vorigeVersie === undefined
              ? 'attribute_exists(pk) AND attribute_not_exists(traject)'
              : 'traject.versie = :vorige',
          ExpressionAttributeValues: {
            ':traject': { M: marshall(traject, { removeUndefinedValues: true }) },
            ...(vorigeVersie === undefined ? {} : { ':vorige': { S: vorigeVersie } }),
          },
        }),
      );
    },

    async perGemeente(gemeente, { org, limit, cursor }) {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: INDEX_PER_GEMEENTE,
          KeyConditionExpression: 'gsi1pk = :g',
          ...(org ? { FilterExpression: 'uitvoeringsorganisatie = :org' } : {}),
          ExpressionAttributeValues: {
            ':g': { S: keys.gemeentePartitie(gemeente) },
            ...(org ? { ':org': { S: org } } : {}),
          },
          Limit: limit,
          ...(cursor ? { ExclusiveStartKey: decodeerCursor(cursor, gemeente) } : {}),
        }),
      );
      return {
        items: (page.Items ?? []).map(inburgeraarUit),
        ...(page.LastEvaluatedKey ? { volgende: codeerCursor(page.LastEvaluatedKey) } : {}),
      };
    },
  };
}
