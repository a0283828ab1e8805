import { type AttributeValue, type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Vraag } from '../domain/vraag';
import { uitItem } from './dynamo';
import { keys, PREFIX } from './keys';

/** A cursor that was not handed out for this list: 400. */
export class OngeldigeVraagCursor extends Error {
  override name = 'OngeldigeVraagCursor';
}

/** The list port of the consulent's questions: one Query per page, oldest first. */
export interface VragenLijst {
  pagina(
    inburgeraarId: string,
    vraag: { limit: number; cursor?: string },
  ): Promise<{ items: Vraag[]; volgende?: string }>;
}

const codeer = (key: Record<string, AttributeValue>) =>
  Buffer.from(JSON.stringify(unmarshall(key))).toString('base64url');

function decodeer(cursor: string, inburgeraarId: string): Record<string, AttributeValue> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const geldig =
      Object.keys(key).sort().join(',') === 'pk,sk' &&
      key.pk === keys.inburgeraar(inburgeraarId) &&
      typeof key.sk === 'string' &&
      key.sk.startsWith(PREFIX.vraag);
    if (!geldig) throw new Error('foreign cursor');
    return marshall(key);
  } catch {
    throw new OngeldigeVraagCursor('cursor does not belong to this list');
  }
}

export function dynamoVragenLijst(client: DynamoDBClient, tableName: string): VragenLijst {
  return {
    async pagina(inburgeraarId, { limit, cursor }) {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': { S: keys.inburgeraar(inburgeraarId) }, ':prefix': { S: PREFIX.vraag } },
          ConsistentRead: true,
          Limit: limit,
          ...(cursor ? { ExclusiveStartKey: decodeer(cursor, inburgeraarId) } : {}),
        }),
      );
      const items = (page.Items ?? []).map((i) => uitItem<Vraag>(i));
      return { items, ...(page.LastEvaluatedKey ? { volgende: codeer(page.LastEvaluatedKey) } : {}) };
    },
  };
}
