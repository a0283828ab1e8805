import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type AggregaatCodec, type AggregaatOpslag, dynamoAggregaatOpslag } from '@wegwijs/lambda-kit';
import type { Dossier, Regeldag } from '../domain/typen';
import { OPSLAG_ATTRIBUTEN } from './keys';

const zonderOpslag = <T>(attributen: Record<string, unknown>): T => {
  const record: Record<string, unknown> = {};
  for (const [naam, waarde] of Object.entries(attributen)) if (!OPSLAG_ATTRIBUTEN.has(naam)) record[naam] = waarde;
  return record as T;
};

/** This context's projection of a dossier: one item, its attributes as they are. */
export const dossierCodec: AggregaatCodec<Dossier> = {
  naarItem: (d) => ({ ...d }),
  uitItem: (a) => zonderOpslag<Dossier>(a),
};

/** A regeldag with its checklist: one item. Its own `versie` is kept as `regeldagVersie` (the kit owns `versie`). */
export const regeldagCodec: AggregaatCodec<Regeldag> = {
  naarItem: ({ versie, ...r }) => ({ ...r, regeldagVersie: versie }),
  uitItem: (a) => {
    const { regeldagVersie, ...r } = zonderOpslag<Record<string, unknown>>(a);
    return { ...r, versie: typeof regeldagVersie === 'number' ? regeldagVersie : 1 } as Regeldag;
  },
};

export const dynamoDossierOpslag = (client: DynamoDBClient, tabel: string): AggregaatOpslag<Dossier> =>
  dynamoAggregaatOpslag(client, tabel, dossierCodec);
export const dynamoRegeldagOpslag = (client: DynamoDBClient, tabel: string): AggregaatOpslag<Regeldag> =>
  dynamoAggregaatOpslag(client, tabel, regeldagCodec);
