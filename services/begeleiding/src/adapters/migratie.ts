import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { OpgeslagenTraject, TrajectMigratieOpslag } from '../app/poorten';
import type { Traject } from '../domain/traject';
import { FASEWISSEL_INDEX, WERKLIJST_INDEXEN } from './keys';
import { indexAttributen } from './store';

/** Every index attribute a traject item may carry: the worklists' and the planner's, and gsi1's (no longer kept). */
const indexAttribuutNamen = (): readonly string[] => [
  'gsi1pk',
  'gsi1sk',
  ...[...Object.values(WERKLIJST_INDEXEN), FASEWISSEL_INDEX].flatMap((i) => [i.partitionKey, i.sortKey]),
];
// Pure: a bundle that imports this module only through the composition root (handlers/deps.ts) and never uses the
// migration leaves it out.
export const INDEX_ATTRIBUTEN: readonly string[] = /* @__PURE__ */ indexAttribuutNamen();

const standSleutel = (migratie: string) => marshall({ pk: `migratie#${migratie}`, sk: 'stand' });

/** `pagina`: items a Scan page reads (before the filter); small in tests to show the checkpoint. */
export function dynamoTrajectMigratie(
  client: DynamoDBClient,
  tableName: string,
  { pagina = 100 }: { pagina?: number } = {},
): TrajectMigratieOpslag {
  return {
    async stand(migratie) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: standSleutel(migratie), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      const { klaar, start, bijgewerkt } = unmarshall(Item) as { klaar: boolean; start?: string; bijgewerkt: number };
      return { klaar, bijgewerkt, ...(start ? { start } : {}) };
    },
    async bewaarStand(migratie, stand) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: {
            ...standSleutel(migratie),
            ...marshall({
              soort: 'migratie',
              klaar: stand.klaar,
              bijgewerkt: stand.bijgewerkt,
              ...(stand.start ? { start: stand.start } : {}),
            }),
          },
        }),
      );
    },
    async pagina(start) {
      const page = await client.send(
        new ScanCommand({
          TableName: tableName,
          Limit: pagina,
          FilterExpression: 'soort = :traject',
          ExpressionAttributeValues: { ':traject': { S: 'traject' } },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: JSON.parse(start) as Record<string, AttributeValue> } : {}),
        }),
      );
      const trajecten = (page.Items ?? []).flatMap((item): OpgeslagenTraject[] => {
        const velden = unmarshall(item);
        const traject = velden.staat as Traject | undefined;
        if (!traject) return [];
        const huidig: Record<string, string> = {};
        for (const naam of INDEX_ATTRIBUTEN) if (typeof velden[naam] === 'string') huidig[naam] = velden[naam];
        return [
          {
            sleutel: { pk: String(velden.pk), sk: String(velden.sk) },
            versie: Number(velden.versie ?? 0),
            huidig,
            gewenst: indexAttributen(traject),
          },
        ];
      });
      return { trajecten, ...(page.LastEvaluatedKey ? { volgende: JSON.stringify(page.LastEvaluatedKey) } : {}) };
    },
    async zetIndexen(t, zet, weg) {
      const namen: Record<string, string> = {};
      const waarden: Record<string, AttributeValue> = { ':v': { N: String(t.versie) } };
      const set = Object.entries(zet).map(([naam, waarde], i) => {
        namen[`#z${i}`] = naam;
        waarden[`:z${i}`] = { S: waarde };
        return `#z${i} = :z${i}`;
      });
      const remove = weg.map((naam, i) => {
        namen[`#w${i}`] = naam;
        return `#w${i}`;
      });
      try {
        await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(t.sleutel),
            UpdateExpression: [
              set.length ? `SET ${set.join(', ')}` : '',
              remove.length ? `REMOVE ${remove.join(', ')}` : '',
            ]
              .filter(Boolean)
              .join(' '),
            ConditionExpression: t.versie > 0 ? 'versie = :v' : 'attribute_exists(pk) AND attribute_not_exists(versie)',
            ExpressionAttributeNames: namen,
            ...(t.versie > 0 ? { ExpressionAttributeValues: waarden } : {}),
          }),
        );
        return true;
      } catch (e) {
        if (e instanceof ConditionalCheckFailedException) return false;
        throw e;
      }
    },
  };
}
