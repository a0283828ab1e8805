import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { type PaginaVraag, voorwaardelijk } from '@wegwijs/lambda-kit';
import type { Agendapunt } from '../domain/typen';
import { alleMetPrefix, naarItem, paginaMetPrefix } from './dynamo';
import { keys, PREFIX } from './keys';

export interface AgendaStore {
  /** False when this inburgeraar is already on the agenda of that date. */
  zet(punt: Agendapunt): Promise<boolean>;
  /** The agenda of a gemeente, of one date or all dates, in date order. */
  agenda(cbs: string, datum?: string): Promise<Agendapunt[]>;
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
    agenda: (cbs, datum) => alleMetPrefix<Agendapunt>(client, tableName, keys.overleg(cbs), agendaPrefix(datum)),
    agendaPagina: (cbs, datum, vraag) =>
      paginaMetPrefix<Agendapunt>(client, tableName, keys.overleg(cbs), agendaPrefix(datum), vraag),
  };
}
