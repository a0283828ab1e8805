import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { PaginaVraag } from '@wegwijs/lambda-kit';
import type { Vraag } from '../domain/vraag';
import { paginaMetPrefix } from './dynamo';
import { keys, PREFIX } from './keys';

/**
 * The list port of the consulent's questions: one Query per page, oldest first, through the kit's pagination (a
 * cursor not handed out for this list is the kit's `OngeldigeCursor`, a 400).
 */
export interface VragenLijst {
  pagina(inburgeraarId: string, vraag: PaginaVraag): Promise<{ items: Vraag[]; volgende?: string }>;
}

export function dynamoVragenLijst(client: DynamoDBClient, tableName: string): VragenLijst {
  return {
    pagina: (inburgeraarId, vraag) =>
      paginaMetPrefix<Vraag>(client, tableName, keys.inburgeraar(inburgeraarId), PREFIX.vraag, vraag),
  };
}
