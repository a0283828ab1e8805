import { createHash } from 'node:crypto';
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { Conflict, DomainRuleViolation } from './errors';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** The port behind the Idempotency-Key support of write endpoints. */
export interface IdempotencyStore {
  /** Claims the key, or returns what the first request with that key answered. */
  begin(key: string, fingerprint: string): Promise<{ kind: 'new' } | { kind: 'replay'; response: StoredResponse }>;
  complete(key: string, fingerprint: string, response: StoredResponse): Promise<void>;
  release(key: string): Promise<void>;
}

const HOURS_24 = 24 * 3600;

export const fingerprintOf = (body: string | undefined) =>
  createHash('sha256')
    .update(body ?? '')
    .digest('base64url');

/** DynamoDB-backed store in the context's own table (pk `idem#...`); records expire after 24 hours. */
export function dynamoIdempotencyStore(client: DynamoDBClient, tableName: string): IdempotencyStore {
  const key = (k: string) => ({ pk: { S: `idem#${k}` }, sk: { S: 'idem' } });
  return {
    async begin(k, fingerprint) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: {
              ...key(k),
              fingerprint: { S: fingerprint },
              staat: { S: 'bezig' },
              verlooptOp: { N: String(Math.floor(Date.now() / 1000) + HOURS_24) },
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return { kind: 'new' };
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
      }
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: key(k), ConsistentRead: true }),
      );
      if (Item?.fingerprint?.S !== fingerprint) {
        throw new DomainRuleViolation(
          'This Idempotency-Key was used before with a different request.',
          'idempotency-key-hergebruikt',
        );
      }
      if (Item.staat?.S !== 'klaar' || !Item.response?.S) {
        throw new Conflict('A request with this Idempotency-Key is still being processed.', 'idempotency-key-bezig');
      }
      return { kind: 'replay', response: JSON.parse(Item.response.S) as StoredResponse };
    },
    async complete(k, fingerprint, response) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: {
            ...key(k),
            fingerprint: { S: fingerprint },
            staat: { S: 'klaar' },
            response: { S: JSON.stringify(response) },
            verlooptOp: { N: String(Math.floor(Date.now() / 1000) + HOURS_24) },
          },
        }),
      );
    },
    async release(k) {
      await client.send(new DeleteItemCommand({ TableName: tableName, Key: key(k) }));
    },
  };
}
