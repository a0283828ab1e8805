import { type AttributeValue, type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Indicatorset } from '@wegwijs/contracts';
import { type AggregaatOpslag, dynamoAggregaatOpslag, type Sleutel } from '@wegwijs/lambda-kit';
import type { PerMaand } from '../domain/cellen';
import { type Tellers, telOp, type Vak } from '../domain/tellers';

/**
 * The regie table. One item per gemeente, indicator set, month and shard: pk `tel#<gemeente>#<set>`, sk
 * `<maand>#<shard>`, holding the counters (`tellers`: cell key -> count) and the ids of the events applied to it
 * (`toegepast`). Nothing else: codes, months, counts and event ids. The shard (hash of the event id) spreads the
 * writes of a busy month over several items, which keeps each item's id list short and its conditional writes apart.
 */
export const vakSleutel = (gemeente: string, set: Indicatorset, maand: string, shard: number): Sleutel => ({
  pk: `tel#${gemeente}#${set}`,
  sk: `${maand}#${shard}`,
});

export interface RegieStore {
  /** The items as aggregates of the kit's one write path (load, apply, one conditional write). */
  vakken: AggregaatOpslag<Vak>;
  /**
   * The counters of one gemeente and set per month, summed over the shards: the months `vanaf`..`tot`, or every
   * month up to `tot` without `vanaf` (a stand needs all earlier deltas). One Query (per 1 MB page); the event ids are
   * not read.
   */
  lees(gemeente: string, set: Indicatorset, vanaf: string | undefined, tot: string): Promise<PerMaand>;
}

const codec = {
  naarItem: (vak: Vak) => ({ tellers: vak.tellers, toegepast: vak.toegepast }),
  uitItem: (a: Record<string, unknown>): Vak => ({
    tellers: (a.tellers as Tellers | undefined) ?? {},
    toegepast: (a.toegepast as string[] | undefined) ?? [],
  }),
};

export function dynamoRegieStore(client: DynamoDBClient, tableName: string): RegieStore {
  return {
    vakken: dynamoAggregaatOpslag(client, tableName, codec),
    async lees(gemeente, set, vanaf, tot) {
      const perMaand = new Map<string, Tellers>();
      let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
      do {
        const pagina = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :van AND :tot',
            ProjectionExpression: 'sk, tellers',
            ExpressionAttributeValues: {
              ':pk': { S: vakSleutel(gemeente, set, '', 0).pk },
              ':van': { S: `${vanaf ?? '0000-00'}#` },
              ':tot': { S: `${tot}#~` },
            },
            ConsistentRead: true,
            ExclusiveStartKey,
          }),
        );
        for (const item of pagina.Items ?? []) {
          const { sk, tellers } = unmarshall(item) as { sk: string; tellers?: Tellers };
          const maand = sk.slice(0, 7);
          perMaand.set(maand, telOp(perMaand.get(maand) ?? {}, Object.entries(tellers ?? {})));
        }
        ExclusiveStartKey = pagina.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return perMaand;
    },
  };
}
