import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { PaginaVraag } from '@wegwijs/lambda-kit';
import type { Agendapunt } from '../domain/typen';
import { alleMetPrefix, paginaMetPrefix } from './dynamo';
import { keys, PREFIX } from './keys';

/** Reads of the casuistiekoverleg's agenda (its lines are written on the kit's write path: `agendapunten`). */
export interface AgendaStore {
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
}

const agendaPrefix = (datum?: string) => `${PREFIX.punt}${datum ? `${datum}#` : ''}`;

export function dynamoAgendaStore(client: DynamoDBClient, tableName: string): AgendaStore {
  return {
    puntMetOudId: async (cbs, agendapuntId) =>
      (await alleMetPrefix<Agendapunt>(client, tableName, keys.overleg(cbs), agendaPrefix())).find(
        (p) => p.agendapuntId === agendapuntId,
      ),
    agendaPagina: (cbs, datum, vraag) =>
      paginaMetPrefix<Agendapunt>(client, tableName, keys.overleg(cbs), agendaPrefix(datum), vraag),
  };
}
