import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { VerwijzingStatus } from '@wegwijs/contracts';
import type { Overdracht, Signaal, Verwijzing } from '../domain/typen';
import { alleMetPrefix, naarItem, uitItem } from './dynamo';
import { keys, PREFIX } from './keys';

export type StatusWijziging = Pick<Verwijzing, 'status' | 'bijgewerktOp' | 'reden' | 'redenCode'>;

/** Signalen, verwijzingen and warme overdrachten of one inburgeraar; every write is a single-item conditional write. */
export interface SociaalStore {
  zetSignaal(s: Signaal): Promise<void>;
  signaal(inburgeraarId: string, signaalId: string): Promise<Signaal | undefined>;
  signalen(inburgeraarId: string): Promise<Signaal[]>;
  verwijderSignaal(inburgeraarId: string, signaalId: string): Promise<void>;
  zetVerwijzing(v: Verwijzing): Promise<void>;
  verwijzing(inburgeraarId: string, verwijzingId: string): Promise<Verwijzing | undefined>;
  verwijzingen(inburgeraarId: string): Promise<Verwijzing[]>;
  verwijderVerwijzing(inburgeraarId: string, verwijzingId: string): Promise<void>;
  /** Applies the change only while the status is still `van`; false when another change came first. */
  wijzigStatus(
    inburgeraarId: string,
    verwijzingId: string,
    van: VerwijzingStatus,
    w: StatusWijziging,
  ): Promise<boolean>;
  markeerOvergedragen(
    inburgeraarId: string,
    item: { soort: 'signaal' | 'verwijzing'; id: string },
    overdrachtId: string,
  ): Promise<void>;
  zetOverdracht(o: Overdracht): Promise<void>;
}

export function dynamoSociaalStore(client: DynamoDBClient, tableName: string): SociaalStore {
  const put = (key: { pk: string; sk: string }, waarde: object) =>
    client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: naarItem(key, waarde),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  const get = async <T>(key: { pk: string; sk: string }) => {
    const { Item } = await client.send(
      new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }),
    );
    return Item ? uitItem<T>(Item) : undefined;
  };
  const del = async (key: { pk: string; sk: string }) => {
    await client.send(new DeleteItemCommand({ TableName: tableName, Key: marshall(key) }));
  };

  return {
    zetSignaal: async (s) => {
      await put(keys.signaal(s.inburgeraarId, s.signaalId), s);
    },
    signaal: (inb, id) => get<Signaal>(keys.signaal(inb, id)),
    signalen: (inb) => alleMetPrefix<Signaal>(client, tableName, keys.inburgeraar(inb), PREFIX.signaal),
    verwijderSignaal: (inb, id) => del(keys.signaal(inb, id)),
    zetVerwijzing: async (v) => {
      await put(keys.verwijzing(v.inburgeraarId, v.verwijzingId), v);
    },
    verwijzing: (inb, id) => get<Verwijzing>(keys.verwijzing(inb, id)),
    verwijzingen: (inb) => alleMetPrefix<Verwijzing>(client, tableName, keys.inburgeraar(inb), PREFIX.verwijzing),
    verwijderVerwijzing: (inb, id) => del(keys.verwijzing(inb, id)),
    async wijzigStatus(inb, id, van, w) {
      const velden = Object.entries(w).filter(([, waarde]) => waarde !== undefined);
      try {
        await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(keys.verwijzing(inb, id)),
            UpdateExpression: `SET ${velden.map(([veld]) => `#${veld} = :${veld}`).join(', ')}`,
            ConditionExpression: '#status = :van',
            ExpressionAttributeNames: Object.fromEntries(velden.map(([veld]) => [`#${veld}`, veld])),
            ExpressionAttributeValues: marshall({
              ':van': van,
              ...Object.fromEntries(velden.map(([veld, waarde]) => [`:${veld}`, waarde])),
            }),
          }),
        );
        return true;
      } catch (e) {
        if (e instanceof ConditionalCheckFailedException) return false;
        throw e;
      }
    },
    async markeerOvergedragen(inb, item, overdrachtId) {
      const signaal = item.soort === 'signaal';
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: marshall(signaal ? keys.signaal(inb, item.id) : keys.verwijzing(inb, item.id)),
          UpdateExpression: signaal ? 'SET #status = :status, overdrachtId = :o' : 'SET overgedragenIn = :o',
          ConditionExpression: 'attribute_exists(pk)',
          ...(signaal ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ExpressionAttributeValues: marshall(
            signaal ? { ':status': 'overgedragen', ':o': overdrachtId } : { ':o': overdrachtId },
          ),
        }),
      );
    },
    zetOverdracht: async (o) => {
      await put(keys.overdracht(o.inburgeraarId, o.overdrachtId), o);
    },
  };
}
