import { type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { voorwaardelijk } from '@wegwijs/lambda-kit';
import type { Dossier } from '../domain/typen';
import { naarItem, uitItem } from './dynamo';
import { keys } from './keys';

export interface DossierStore {
  /** Strongly consistent: every authorisation decision reads the current assignment. */
  dossier(inburgeraarId: string): Promise<Dossier | undefined>;
  /**
   * Stores the assignment when `versie` is newer than the stored one, so that events applied in any order and any
   * number of times end in the state of the latest event. Answers whether it was applied.
   */
  wijs(dossier: Dossier, versie: string): Promise<boolean>;
}

export function dynamoDossierStore(client: DynamoDBClient, tableName: string): DossierStore {
  return {
    async dossier(inburgeraarId) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: marshall(keys.dossier(inburgeraarId)), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      const { inburgeraarId: id, gemeente, uitvoeringsorganisatie } = uitItem<Dossier>(Item);
      return { inburgeraarId: id, gemeente, uitvoeringsorganisatie };
    },
    wijs: (dossier, versie) =>
      voorwaardelijk(() =>
        client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: naarItem(keys.dossier(dossier.inburgeraarId), { ...dossier, versie }),
            ConditionExpression: 'attribute_not_exists(pk) OR versie < :versie',
            ExpressionAttributeValues: { ':versie': { S: versie } },
          }),
        ),
      ),
  };
}
