import {
  type AttributeValue,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { type AggregaatCodec, type AggregaatOpslag, dynamoAggregaatOpslag } from '@wegwijs/lambda-kit';
import type { Traject } from '../domain/traject';
import { toegewezenOrganisatie } from '../domain/traject';
import { GSI1, organisatieGsi1pk, organisatieGsi1sk, type RecordSoort, recordSk, TRAJECT_SK, trajectPk } from './keys';

export interface NieuwRecord {
  inburgeraarId: string;
  soort: RecordSoort;
  recordId: string;
  gegevens: Record<string, unknown>;
}

/** The port over the begeleiding table besides the traject aggregate (kit `AggregaatOpslag<Traject>`). */
export interface BegeleidingStore {
  /** The record of a meetmoment, contactmoment, rapportage or overdracht (idempotent: keyed by its id). */
  bewaarRecord(record: NieuwRecord): Promise<void>;
  trajectenVan(org: string, gemeente: string): Promise<Traject[]>;
  /** Every traject (the planner). */
  trajecten(): AsyncIterable<Traject>;
}

const opties = { removeUndefinedValues: true } as const;

/** One traject is one item: `staat` holds it, gsi1 lists it under its organisation once it has an aanmelding. */
export const trajectCodec: AggregaatCodec<Traject> = {
  naarItem(traject) {
    const org = toegewezenOrganisatie(traject);
    return {
      soort: 'traject',
      staat: traject,
      ...(org && traject.aanmelding
        ? { gsi1pk: organisatieGsi1pk(org, traject.gemeente), gsi1sk: organisatieGsi1sk(traject.inburgeraarId) }
        : {}),
    };
  },
  uitItem: (attributen) => attributen.staat as Traject,
};

export const trajectSleutel = (inburgeraarId: string) => ({ pk: trajectPk(inburgeraarId), sk: TRAJECT_SK });

export const dynamoTrajectOpslag = (client: DynamoDBClient, tableName: string): AggregaatOpslag<Traject> =>
  dynamoAggregaatOpslag(client, tableName, trajectCodec);

export function dynamoBegeleidingStore(client: DynamoDBClient, tableName: string): BegeleidingStore {
  return {
    async bewaarRecord(r) {
      const item = {
        pk: trajectPk(r.inburgeraarId),
        sk: recordSk(r.soort, r.recordId),
        soort: r.soort,
        gegevens: r.gegevens,
      };
      await client.send(new PutItemCommand({ TableName: tableName, Item: marshall(item, opties) }));
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
          const t = unmarshall(item).staat as Traject | undefined;
          if (t) trajecten.push(t);
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return trajecten;
    },

    async *trajecten() {
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new ScanCommand({
            TableName: tableName,
            FilterExpression: 'sk = :traject',
            ExpressionAttributeValues: marshall({ ':traject': TRAJECT_SK }),
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of page.Items ?? []) {
          const t = unmarshall(item).staat as Traject | undefined;
          if (t) yield t;
        }
        start = page.LastEvaluatedKey;
      } while (start);
    },
  };
}
