import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type AggregaatOpslag, dynamoAggregaatOpslag } from '@wegwijs/lambda-kit';

/** A signaal or verwijzing is one item holding its record as attributes (the kit adds version and outbox). */
export const dynamoSociaalOpslag = <T extends object>(client: DynamoDBClient, tabel: string): AggregaatOpslag<T> =>
  dynamoAggregaatOpslag<T>(client, tabel, {
    naarItem: (t) => ({ ...t }) as Record<string, unknown>,
    uitItem: (a) => a as T,
  });
