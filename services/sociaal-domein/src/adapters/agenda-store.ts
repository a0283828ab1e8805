import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { voorwaardelijk } from '@wegwijs/lambda-kit';
import type { Agendapunt } from '../domain/typen';
import { alleMetPrefix, naarItem } from './dynamo';
import { keys, PREFIX } from './keys';

export interface AgendaStore {
  /** False when this inburgeraar is already on the agenda of that date. */
  zet(punt: Agendapunt): Promise<boolean>;
  /** The agenda of a gemeente, of one date or all dates, in date order. */
  agenda(cbs: string, datum?: string): Promise<Agendapunt[]>;
  /** Replaces an agenda line that exists; false when it does not. */
  werkBij(punt: Agendapunt): Promise<boolean>;
}

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
    agenda: (cbs, datum) =>
      alleMetPrefix<Agendapunt>(client, tableName, keys.overleg(cbs), `${PREFIX.punt}${datum ? `${datum}#` : ''}`),
  };
}
