import { type AttributeValue, type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { KIT_ATTRIBUTEN, type PaginaVraag, queryPagina } from '@wegwijs/lambda-kit';

export const naarItem = (key: { pk: string; sk: string }, waarde: object) =>
  marshall({ ...waarde, ...key }, { removeUndefinedValues: true });

/** Strips the key attributes and those of the write path (version, outbox) from a stored item. */
export function uitItem<T>(item: Record<string, AttributeValue>): T {
  const rest: Record<string, unknown> = {};
  for (const [naam, waarde] of Object.entries(unmarshall(item))) if (!KIT_ATTRIBUTEN.has(naam)) rest[naam] = waarde;
  return rest as T;
}

/** All items of a partition whose sort key starts with `prefix`, strongly consistent, every page. */
export async function alleMetPrefix<T>(
  client: DynamoDBClient,
  tableName: string,
  pk: string,
  prefix: string,
): Promise<T[]> {
  const result: T[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': { S: pk }, ':prefix': { S: prefix } },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) result.push(uitItem<T>(item));
    start = page.LastEvaluatedKey;
  } while (start);
  return result;
}

/** One page of the items of a partition whose sort key starts with `prefix`, in sort-key order: ONE Query. */
export async function paginaMetPrefix<T>(
  client: DynamoDBClient,
  tableName: string,
  pk: string,
  prefix: string,
  vraag: PaginaVraag,
): Promise<{ items: T[]; volgende?: string }> {
  const pagina = await queryPagina(
    client,
    {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': { S: pk }, ':prefix': { S: prefix } },
      ConsistentRead: true,
    },
    vraag,
    { attributen: ['pk', 'sk'], partitie: { pk }, begintMet: { sk: prefix } },
  );
  return {
    items: pagina.items.map((item) => uitItem<T>(item)),
    ...(pagina.volgende ? { volgende: pagina.volgende } : {}),
  };
}
