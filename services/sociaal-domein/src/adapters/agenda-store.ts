import { type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { type PaginaVraag, voorwaardelijk } from '@wegwijs/lambda-kit';
import type { Agendapunt } from '../domain/typen';
import { alleMetPrefix, naarItem, paginaMetPrefix, uitItem } from './dynamo';
import { keys, PREFIX } from './keys';

export interface AgendaStore {
  /** False when this inburgeraar is already on the agenda of that date. */
  zet(punt: Agendapunt): Promise<boolean>;
  /** The one agenda line of this inburgeraar on this date (strongly consistent): one GetItem. */
  punt(cbs: string, datum: string, inburgeraarId: string): Promise<Agendapunt | undefined>;
  /**
   * A line stored before ids named their key (a bare ULID): found by reading the gemeente's agenda, as it was then.
   * Only such old ids take this path; every line stored since is read by key.
   */
  puntMetOudId(cbs: string, agendapuntId: string): Promise<Agendapunt | undefined>;
  /** One page of that agenda, in date order: one Query. */
  agendaPagina(
    cbs: string,
    datum: string | undefined,
    vraag: PaginaVraag,
  ): Promise<{ items: Agendapunt[]; volgende?: string }>;
  /** Replaces an agenda line that exists; false when it does not. */
  werkBij(punt: Agendapunt): Promise<boolean>;
}

const agendaPrefix = (datum?: string) => `${PREFIX.punt}${datum ? `${datum}#` : ''}`;

export function dynamoAgendaStore(client: DynamoDBClient, tableName: string): AgendaStore {
  const schrijf = (punt: Agendapunt, conditie: string) =>
    voorwaardelijk(() =>
      client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: naarItem(keys.agendapunt(punt.gemeente, punt.datum, punt.inburgeraarId), punt),
          ConditionExpression: conditie,
        }),
      ),
    );
  return {
    zet: (punt) => schrijf(punt, 'attribute_not_exists(pk)'),
    werkBij: (punt) => schrijf(punt, 'attribute_exists(pk)'),
    async punt(cbs, datum, inburgeraarId) {
      const { Item } = await client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: marshall(keys.agendapunt(cbs, datum, inburgeraarId)),
          ConsistentRead: true,
        }),
      );
      return Item ? uitItem<Agendapunt>(Item) : undefined;
    },
    puntMetOudId: async (cbs, agendapuntId) =>
      (await alleMetPrefix<Agendapunt>(client, tableName, keys.overleg(cbs), agendaPrefix())).find(
        (p) => p.agendapuntId === agendapuntId,
      ),
    agendaPagina: (cbs, datum, vraag) =>
      paginaMetPrefix<Agendapunt>(client, tableName, keys.overleg(cbs), agendaPrefix(datum), vraag),
  };
}
