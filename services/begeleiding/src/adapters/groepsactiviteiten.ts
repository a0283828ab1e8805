import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { dynamoAggregaatOpslag, queryPagina } from '@wegwijs/lambda-kit';
import type { GroepsactiviteitenPoort } from '../app/poorten';
import type { Groepsactiviteit } from '../domain/groepen';
import { groepsactiviteitenPk } from './keys';

/**
 * The group activities of the gemeenten (issue 22 item 5): each an aggregate of the one write path in its gemeente's
 * partition, so that the gemeente's list is one Query a page at a time. They hold no personal data: who is enrolled is
 * kept on each traject.
 */
export function dynamoGroepsactiviteiten(client: DynamoDBClient, tableName: string): GroepsactiviteitenPoort {
  return {
    opslag: dynamoAggregaatOpslag<Groepsactiviteit>(client, tableName, {
      naarItem: (activiteit) => ({ soort: 'groepsactiviteit', staat: activiteit }),
      uitItem: (attributen) => attributen.staat as Groepsactiviteit,
    }),
    async pagina(gemeente, vraag) {
      const pk = groepsactiviteitenPk(gemeente);
      const page = await queryPagina(
        client,
        {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: marshall({ ':pk': pk }),
        },
        vraag,
        { attributen: ['pk', 'sk'], partitie: { pk } },
      );
      const activiteiten = page.items
        .map((item) => unmarshall(item).staat as Groepsactiviteit | undefined)
        .filter((a): a is Groepsactiviteit => a !== undefined);
      return { activiteiten, ...(page.volgende ? { volgende: page.volgende } : {}) };
    },
  };
}
