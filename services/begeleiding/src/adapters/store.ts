import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Traject } from '../domain/traject';
import { toegewezenOrganisatie } from '../domain/traject';
import {
  GSI1,
  organisatieGsi1pk,
  organisatieGsi1sk,
  type RecordSoort,
  recordSk,
  type Sleutel,
  TRAJECT_SK,
  trajectPk,
} from './keys';
import type { Uitgaand } from './uitgaand';

export interface OpgeslagenTraject {
  traject: Traject;
  versie: number;
  uitgaand: Uitgaand;
}

export interface NieuwRecord {
  inburgeraarId: string;
  soort: RecordSoort;
  recordId: string;
  gegevens: Record<string, unknown>;
  uitgaand: Uitgaand;
}

/** What the planner sees of an item: a traject, or any item with events still to publish. */
export type ScanItem = { sleutel: Sleutel; traject: OpgeslagenTraject | undefined; uitgaand: Uitgaand };

/** The port over the begeleiding table. */
export interface BegeleidingStore {
  leesTraject(inburgeraarId: string): Promise<OpgeslagenTraject | undefined>;
  /** Conditional write: false when another writer changed the traject since `verwachteVersie` was read. */
  schrijfTraject(traject: Traject, uitgaand: Uitgaand, verwachteVersie: number | undefined): Promise<boolean>;
  bewaarRecord(record: NieuwRecord): Promise<void>;
  verwijderUitgaand(sleutel: Sleutel, uitgaandId: string): Promise<void>;
  trajectenVan(org: string, gemeente: string): Promise<Traject[]>;
  scan(): AsyncIterable<ScanItem>;
}

const opties = { removeUndefinedValues: true } as const;

function leesItem(item: Record<string, AttributeValue>): ScanItem {
  const raw = unmarshall(item) as {
    pk: string;
    sk: string;
    staat?: Traject;
    versie?: number;
    uitgaand?: Uitgaand;
  };
  const uitgaand = raw.uitgaand ?? {};
  return {
    sleutel: { pk: raw.pk, sk: raw.sk },
    traject: raw.sk === TRAJECT_SK && raw.staat ? { traject: raw.staat, versie: raw.versie ?? 0, uitgaand } : undefined,
    uitgaand,
  };
}

export function dynamoBegeleidingStore(client: DynamoDBClient, tableName: string): BegeleidingStore {
  return {
    async leesTraject(inburgeraarId) {
      const { Item } = await client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: marshall({ pk: trajectPk(inburgeraarId), sk: TRAJECT_SK }),
          ConsistentRead: true,
        }),
      );
      return Item ? leesItem(Item).traject : undefined;
    },

    async schrijfTraject(traject, uitgaand, verwachteVersie) {
      const org = toegewezenOrganisatie(traject);
      const item = {
        pk: trajectPk(traject.inburgeraarId),
        sk: TRAJECT_SK,
        soort: 'traject',
        versie: (verwachteVersie ?? 0) + 1,
        staat: traject,
        ...(Object.keys(uitgaand).length ? { uitgaand } : {}),
        ...(org && traject.aanmelding
          ? { gsi1pk: organisatieGsi1pk(org, traject.gemeente), gsi1sk: organisatieGsi1sk(traject.inburgeraarId) }
          : {}),
      };
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: marshall(item, opties),
            ...(verwachteVersie === undefined
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : { ConditionExpression: 'versie = :v', ExpressionAttributeValues: marshall({ ':v': verwachteVersie }) }),
          }),
        );
        return true;
      } catch (e) {
        if (e instanceof ConditionalCheckFailedException) return false;
        throw e;
      }
    },

    async bewaarRecord(r) {
      const item = {
        pk: trajectPk(r.inburgeraarId),
        sk: recordSk(r.soort, r.recordId),
        soort: r.soort,
        gegevens: r.gegevens,
        ...(Object.keys(r.uitgaand).length ? { uitgaand: r.uitgaand } : {}),
      };
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: marshall(item, opties),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async verwijderUitgaand(sleutel, uitgaandId) {
      try {
        await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(sleutel),
            UpdateExpression: 'REMOVE uitgaand.#u SET versie = if_not_exists(versie, :nul) + :een',
            ConditionExpression: 'attribute_exists(uitgaand.#u)',
            ExpressionAttributeNames: { '#u': uitgaandId },
            ExpressionAttributeValues: marshall({ ':nul': 0, ':een': 1 }),
          }),
        );
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
      }
    },

    async trajectenVan(org, gemeente) {
      const trajecten: Traject[] = [];
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: GSI1,
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: marshall({ ':pk': organisatieGsi1pk(org, gemeente) }),
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of page.Items ?? []) {
          const t = leesItem(item).traject;
          if (t) trajecten.push(t.traject);
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return trajecten;
    },

    async *scan() {
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new ScanCommand({
            TableName: tableName,
            FilterExpression: 'sk = :traject OR attribute_exists(uitgaand)',
            ExpressionAttributeValues: marshall({ ':traject': TRAJECT_SK }),
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of page.Items ?? []) yield leesItem(item);
        start = page.LastEvaluatedKey;
      } while (start);
    },
  };
}
