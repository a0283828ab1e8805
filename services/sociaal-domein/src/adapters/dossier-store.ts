import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Dossier } from '../domain/typen';
import { uitItem } from './dynamo';
import { keys } from './keys';

/** Reads of this context's dossiers (written on the kit's write path: app/dossiers.ts). */
export interface DossierStore {
  /** Strongly consistent: every authorisation decision reads the current assignment. */
  dossier(inburgeraarId: string): Promise<Dossier | undefined>;
}

export function dynamoDossierStore(client: DynamoDBClient, tableName: string): DossierStore {
  return {
    async dossier(inburgeraarId) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: marshall(keys.dossier(inburgeraarId)), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      const { inburgeraarId: id, gemeente, uitvoeringsorganisatie, begeleiders } = uitItem<Dossier>(Item);
      return { inburgeraarId: id, gemeente, uitvoeringsorganisatie, ...(begeleiders ? { begeleiders } : {}) };
    },
  };
}
