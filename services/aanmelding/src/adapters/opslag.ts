import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  type AggregaatCodec,
  type AggregaatOpslag,
  dynamoAggregaatOpslag,
  KIT_ATTRIBUTEN,
  type PaginaVraag,
  queryPagina,
} from '@wegwijs/lambda-kit';
import type { Inburgeraar } from '../domain/inburgeraar';
import { INDEX_PER_GEMEENTE, keys, OPSLAG_ATTRIBUTEN } from './keys';

export interface Pagina {
  items: Inburgeraar[];
  volgende?: string;
}

/** The list port: the inburgeraars of a gemeente (optionally only those of one organisation), a page at a time. */
export interface InburgeraarLijst {
  /** `org`: only those assigned to it; `begeleider`: only those with this begeleider (a vrijwilliger's `sub`). */
  perGemeente(gemeente: string, opties: PaginaVraag & { org?: string; begeleider?: string }): Promise<Pagina>;
}

/** One inburgeraar is one item: the record's attributes plus the keys of the per-gemeente index. */
export const inburgeraarCodec: AggregaatCodec<Inburgeraar> = {
  // The list is ordered by koppelingsdatum; without one (report 4.4) by the day of the aanmelding (a sort key only).
  naarItem: (i) => ({
    ...i,
    ...keys.perGemeente(i.gemeente, i.koppelingsdatum ?? i.aangemeldOp.slice(0, 10), i.inburgeraarId),
  }),
  uitItem: (attributen) => {
    const record: Record<string, unknown> = {};
    for (const [naam, waarde] of Object.entries(attributen)) if (!OPSLAG_ATTRIBUTEN.has(naam)) record[naam] = waarde;
    return record as unknown as Inburgeraar;
  },
};

export const dynamoInburgeraarOpslag = (client: DynamoDBClient, tableName: string): AggregaatOpslag<Inburgeraar> =>
  dynamoAggregaatOpslag(client, tableName, inburgeraarCodec);

export function dynamoInburgeraarLijst(client: DynamoDBClient, tableName: string): InburgeraarLijst {
  return {
    async perGemeente(gemeente, { org, begeleider, ...vraag }) {
      const partitie = keys.gemeentePartitie(gemeente);
      const page = await queryPagina(
        client,
        {
          TableName: tableName,
          IndexName: INDEX_PER_GEMEENTE,
          KeyConditionExpression: 'gsi1pk = :g',
          ...(org
            ? {
                FilterExpression: `uitvoeringsorganisatie = :org${begeleider ? ' AND contains(begeleiders, :b)' : ''}`,
              }
            : {}),
          ExpressionAttributeValues: {
            ':g': { S: partitie },
            ...(org ? { ':org': { S: org } } : {}),
            ...(org && begeleider ? { ':b': { S: begeleider } } : {}),
          },
        },
        vraag,
        { attributen: ['gsi1pk', 'gsi1sk', 'pk', 'sk'], partitie: { gsi1pk: partitie } },
      );
      const items = page.items.map((item) => {
        const attributen: Record<string, unknown> = {};
        for (const [naam, waarde] of Object.entries(unmarshall(item))) {
          if (!KIT_ATTRIBUTEN.has(naam)) attributen[naam] = waarde;
        }
        return inburgeraarCodec.uitItem(attributen);
      });
      return { items, ...(page.volgende ? { volgende: page.volgende } : {}) };
    },
  };
}
