import { ConditionalCheckFailedException, type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Agendapunt } from '../domain/typen';
import { alleMetPrefix, naarItem } from './dynamo';
import { keys, PREFIX } from './keys';

export interface AgendaStore {
  /** False when this inburgeraar is already on the agenda of that date. */
  zet(punt: Agendapunt): Promise<boolean>;
  /** The agenda of a gemeente, of one date or all dates, in date order. */
  agenda(cbs: string, datum?: string): Promise<Agendapunt[]>;
}

export function dynamoAgendaStore(client: DynamoDBClient, tableName: string): AgendaStore {
  return {
    async zet(punt) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: naarItem(keys.agendapunt(punt.gemeente, punt.datum, punt.inburgeraarId), punt),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        return true;
      } catch (e) {
        if (e instanceof ConditionalCheckFailedException) return false;
        throw e;
      }
    },
    agenda: (cbs, datum) =>
      alleMetPrefix<Agendapunt>(client, tableName, keys.overleg(cbs), `${PREFIX.punt}${datum ? `${datum}#` : ''}`),
  };
}
