import { type AttributeValue, type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { type AggregaatCodec, type AggregaatOpslag, dynamoAggregaatOpslag, KIT_ATTRIBUTEN } from '@wegwijs/lambda-kit';
import type { Inburgeraar } from '../domain/inburgeraar';
import { INDEX_PER_GEMEENTE, keys, OPSLAG_ATTRIBUTEN } from './keys';

export interface Pagina {
  items: Inburgeraar[];
  volgende?: string;
}

/** The list port: the inburgeraars of a gemeente (optionally only those of one organisation), a page at a time. */
export interface InburgeraarLijst {
  perGemeente(gemeente: string, opties: { org?: string; limit: number; cursor?: string }): Promise<Pagina>;
}

export class OngeldigeCursor extends Error {
  override name = 'OngeldigeCursor';
}

/** One inburgeraar is one item: the record's attributes plus the keys of the per-gemeente index. */
export const inburgeraarCodec: AggregaatCodec<Inburgeraar> = {
  naarItem: (i) => ({ ...i, ...keys.perGemeente(i.gemeente, i.koppelingsdatum, i.inburgeraarId) }),
  uitItem: (attributen) => {
    const record: Record<string, unknown> = {};
    for (const [naam, waarde] of Object.entries(attributen)) if (!OPSLAG_ATTRIBUTEN.has(naam)) record[naam] = waarde;
    return record as unknown as Inburgeraar;
  },
};

export const dynamoInburgeraarOpslag = (client: DynamoDBClient, tableName: string): AggregaatOpslag<Inburgeraar> =>
  dynamoAggregaatOpslag(client, tableName, inburgeraarCodec);

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

export function dynamoInburgeraarLijst(client: DynamoDBClient, tableName: string): InburgeraarLijst {
  return {
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
      const items = (page.Items ?? []).map((item) => {
        const attributen: Record<string, unknown> = {};
        for (const [naam, waarde] of Object.entries(unmarshall(item))) {
          if (!KIT_ATTRIBUTEN.has(naam)) attributen[naam] = waarde;
        }
        return inburgeraarCodec.uitItem(attributen);
      });
      return { items, ...(page.LastEvaluatedKey ? { volgende: codeerCursor(page.LastEvaluatedKey) } : {}) };
    },
  };
}
