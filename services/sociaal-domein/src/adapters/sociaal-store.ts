import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { PaginaVraag } from '@wegwijs/lambda-kit';
import type { Signaal, Verwijzing } from '../domain/typen';
import { alleMetPrefix, paginaMetPrefix, uitItem } from './dynamo';
import { keys, PREFIX } from './keys';

export type StatusWijziging = Pick<Verwijzing, 'status' | 'bijgewerktOp' | 'reden' | 'redenCode'>;

/** Reads of signalen and verwijzingen (every write goes through the kit's write path). */
export interface SociaalStore {
  signaal(inburgeraarId: string, signaalId: string): Promise<Signaal | undefined>;
  signalen(inburgeraarId: string): Promise<Signaal[]>;
  verwijzing(inburgeraarId: string, verwijzingId: string): Promise<Verwijzing | undefined>;
  verwijzingen(inburgeraarId: string): Promise<Verwijzing[]>;
  /** One page of the referrals, in the order they were made (their ids are ULIDs): one Query. */
  verwijzingenPagina(inburgeraarId: string, vraag: PaginaVraag): Promise<{ items: Verwijzing[]; volgende?: string }>;
}

export function dynamoSociaalStore(client: DynamoDBClient, tableName: string): SociaalStore {
  const get = async <T>(key: { pk: string; sk: string }) => {
    const { Item } = await client.send(
      new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }),
    );
    return Item ? uitItem<T>(Item) : undefined;
  };
  return {
    signaal: (inb, id) => get<Signaal>(keys.signaal(inb, id)),
    signalen: (inb) => alleMetPrefix<Signaal>(client, tableName, keys.inburgeraar(inb), PREFIX.signaal),
    verwijzing: (inb, id) => get<Verwijzing>(keys.verwijzing(inb, id)),
    verwijzingen: (inb) => alleMetPrefix<Verwijzing>(client, tableName, keys.inburgeraar(inb), PREFIX.verwijzing),
    verwijzingenPagina: (inb, vraag) =>
      paginaMetPrefix<Verwijzing>(client, tableName, keys.inburgeraar(inb), PREFIX.verwijzing, vraag),
  };
}
