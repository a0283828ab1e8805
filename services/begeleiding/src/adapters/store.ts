import { type AttributeValue, type DynamoDBClient, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { type AggregaatCodec, type AggregaatOpslag, dynamoAggregaatOpslag, queryPagina } from '@wegwijs/lambda-kit';
import { profielVan } from '@wegwijs/profielen';
import type { BegeleidingStore } from '../app/poorten';
import { indexPlaatsen } from '../domain/indexdatums';
import type { BegeleidersTelling } from '../domain/regie-begeleiders';
import type { Traject } from '../domain/traject';
import { toegewezenOrganisatie } from '../domain/traject';
import {
  FASEWISSEL_INDEX,
  faseWisselPk,
  indexSk,
  organisatiePk,
  recordSk,
  trajectPk,
  WERKLIJST_INDEXEN,
  type Werklijst,
} from './keys';

const opties = { removeUndefinedValues: true } as const;

/** One traject is one item: `staat` holds it, with the sparse index attributes of the worklists and the planner. */
export const trajectCodec: AggregaatCodec<Traject> = {
  naarItem(traject) {
    return { soort: 'traject', staat: traject, ...indexAttributen(traject) };
  },
  uitItem: (attributen) => attributen.staat as Traject,
};

/** The sparse index attributes of a traject: where it sits on each worklist and when its fase changes next. */
export function indexAttributen(t: Traject): Record<string, string> {
  const org = toegewezenOrganisatie(t);
  const profiel = profielVan(t.gemeente);
  if (!profiel) return {};
  const plaatsen = indexPlaatsen(profiel, t);
  const attributen: Record<string, string> = {};
  if (org) {
    for (const lijst of Object.keys(WERKLIJST_INDEXEN) as Werklijst[]) {
      const plaats = plaatsen[lijst];
      if (!plaats) continue;
      const index = WERKLIJST_INDEXEN[lijst];
      attributen[index.partitionKey] = organisatiePk(org, t.gemeente);
      attributen[index.sortKey] = indexSk(plaats, t.inburgeraarId);
    }
  }
  if (plaatsen.faseWissel) {
    attributen[FASEWISSEL_INDEX.partitionKey] = faseWisselPk(t.gemeente);
    attributen[FASEWISSEL_INDEX.sortKey] = indexSk(plaatsen.faseWissel, t.inburgeraarId);
  }
  return attributen;
}

const staatVan = (item: Record<string, AttributeValue>) => unmarshall(item).staat as Traject | undefined;

/** The planner's count of begeleiders: one item, its state under `staat`. */
export const dynamoBegeleidersTelling = (client: DynamoDBClient, tableName: string) =>
  dynamoAggregaatOpslag<BegeleidersTelling>(client, tableName, {
    naarItem: (telling) => ({ soort: 'regie-begeleiders', staat: telling }),
    uitItem: (attributen) => attributen.staat as BegeleidersTelling,
  });

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

    async werklijstPagina(lijst, { org, gemeente, tot, ...vraag }) {
      const index = WERKLIJST_INDEXEN[lijst];
      const pk = organisatiePk(org, gemeente);
      const page = await queryPagina(
        client,
        {
          TableName: tableName,
          IndexName: index.naam,
          KeyConditionExpression: tot ? '#pk = :pk AND #sk < :tot' : '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index.partitionKey, ...(tot ? { '#sk': index.sortKey } : {}) },
          ExpressionAttributeValues: marshall({ ':pk': pk, ...(tot ? { ':tot': tot } : {}) }),
        },
        vraag,
        { attributen: ['pk', 'sk', index.partitionKey, index.sortKey], partitie: { [index.partitionKey]: pk } },
      );
      const trajecten = page.items.map(staatVan).filter((t): t is Traject => t !== undefined);
      return { trajecten, ...(page.volgende ? { volgende: page.volgende } : {}) };
    },

    async *faseWisselDue(gemeente, tot) {
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: FASEWISSEL_INDEX.naam,
            KeyConditionExpression: '#pk = :pk AND #sk < :tot',
            ExpressionAttributeNames: { '#pk': FASEWISSEL_INDEX.partitionKey, '#sk': FASEWISSEL_INDEX.sortKey },
            ExpressionAttributeValues: marshall({ ':pk': faseWisselPk(gemeente), ':tot': tot }),
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of page.Items ?? []) {
          const t = staatVan(item);
          if (t) yield t;
        }
        start = page.LastEvaluatedKey;
      } while (start);
    },
  };
}
