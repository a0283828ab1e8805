import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import {
  attribuutVan,
  UITGAAND_PREFIX,
  type UitgaandEvent,
  uitgaandUit,
  uitgaandUpdate,
  waardeVan,
} from '@wegwijs/lambda-kit';
import type { Dossier, Regeldag } from '../domain/typen';
import { keys, OPSLAG_ATTRIBUTEN } from './keys';

export interface OpgeslagenRegeldag {
  regeldag: Regeldag;
  /** Events written with the state but not yet published. */
  uitgaand: UitgaandEvent[];
}

/** The regeldag context's storage port. Every write is one conditional single-item write. */
export interface RegeldagStore {
  /** Strongly consistent: authorisation reads the current assignment. */
  dossier(inburgeraarId: string): Promise<Dossier | undefined>;
  /** Records the immutable facts of the aanmelding (idempotent). */
  registreerAanmelding(
    dossier: Required<Pick<Dossier, 'inburgeraarId' | 'gemeente' | 'doelgroep' | 'koppelingsdatum'>>,
  ): Promise<void>;
  /** Assigns the organisation when `versie` is newer than the stored one; answers whether it was applied. */
  wijsToe(inburgeraarId: string, gemeente: string, organisatie: string, versie: string): Promise<boolean>;
  regeldag(inburgeraarId: string): Promise<OpgeslagenRegeldag | undefined>;
  /** False when the inburgeraar has a regeldag already. */
  maakRegeldag(regeldag: Regeldag, uitgaand: readonly UitgaandEvent[]): Promise<boolean>;
  /** Writes the changed regeldag when the stored one still has `vorigeVersie`; false otherwise. */
  werkRegeldagBij(regeldag: Regeldag, vorigeVersie: number, uitgaand: readonly UitgaandEvent[]): Promise<boolean>;
  /** Removes a published event (only if it is still the same one). */
  verwijderUitgaand(inburgeraarId: string, e: UitgaandEvent): Promise<void>;
}

function zonderOpslag<T>(item: Record<string, AttributeValue>): T {
  const record: Record<string, unknown> = {};
  for (const [naam, waarde] of Object.entries(unmarshall(item))) {
    if (!OPSLAG_ATTRIBUTEN.has(naam) && !naam.startsWith(UITGAAND_PREFIX)) record[naam] = waarde;
  }
  return record as T;
}

const opties = { removeUndefinedValues: true };

export function dynamoRegeldagStore(client: DynamoDBClient, tableName: string): RegeldagStore {
  const voorwaardelijk = async (command: PutItemCommand | UpdateItemCommand): Promise<boolean> => {
    try {
      if (command instanceof PutItemCommand) await client.send(command);
      else await client.send(command);
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  };

  return {
    async dossier(inburgeraarId) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: marshall(keys.dossier(inburgeraarId)), ConsistentRead: true }),
      );
      return Item ? zonderOpslag<Dossier>(Item) : undefined;
    },

    async registreerAanmelding({ inburgeraarId, gemeente, doelgroep, koppelingsdatum }) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: marshall(keys.dossier(inburgeraarId)),
          UpdateExpression: 'SET inburgeraarId = :i, gemeente = :g, doelgroep = :d, koppelingsdatum = :k',
          ExpressionAttributeValues: marshall({
            ':i': inburgeraarId,
            ':g': gemeente,
            ':d': doelgroep,
            ':k': koppelingsdatum,
          }),
        }),
      );
    },

    wijsToe(inburgeraarId, gemeente, organisatie, versie) {
      return voorwaardelijk(
        new UpdateItemCommand({
          TableName: tableName,
          Key: marshall(keys.dossier(inburgeraarId)),
          UpdateExpression: 'SET inburgeraarId = :i, gemeente = :g, uitvoeringsorganisatie = :o, orgVersie = :v',
          ConditionExpression: 'attribute_not_exists(orgVersie) OR orgVersie < :v',
          ExpressionAttributeValues: marshall({ ':i': inburgeraarId, ':g': gemeente, ':o': organisatie, ':v': versie }),
        }),
      );
    },

    async regeldag(inburgeraarId) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: marshall(keys.regeldag(inburgeraarId)), ConsistentRead: true }),
      );
      return Item ? { regeldag: zonderOpslag<Regeldag>(Item), uitgaand: uitgaandUit(Item) } : undefined;
    },

    maakRegeldag(regeldag, uitgaand) {
      const item = marshall({ ...regeldag, ...keys.regeldag(regeldag.inburgeraarId) }, opties);
      for (const e of uitgaand) item[attribuutVan(e)] = waardeVan(e);
      return voorwaardelijk(
        new PutItemCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    },

    werkRegeldagBij(regeldag, vorigeVersie, uitgaand) {
      const uit = uitgaandUpdate(uitgaand);
      const afgerond = regeldag.opstartfaseAfgerondOp;
      return voorwaardelijk(
        new UpdateItemCommand({
          TableName: tableName,
          Key: marshall(keys.regeldag(regeldag.inburgeraarId)),
          UpdateExpression: `SET ${[
            'checklist = :checklist',
            'versie = :versie',
            ...(afgerond ? ['opstartfaseAfgerondOp = :afgerond'] : []),
            ...uit.sets,
          ].join(', ')}`,
          ConditionExpression: 'versie = :vorige',
          ...(uitgaand.length ? { ExpressionAttributeNames: uit.names } : {}),
          ExpressionAttributeValues: {
            ...marshall(
              {
                ':checklist': regeldag.checklist,
                ':versie': regeldag.versie,
                ':vorige': vorigeVersie,
                ...(afgerond ? { ':afgerond': afgerond } : {}),
              },
              opties,
            ),
            ...uit.values,
          },
        }),
      );
    },

    async verwijderUitgaand(inburgeraarId, e) {
      await voorwaardelijk(
        new UpdateItemCommand({
          TableName: tableName,
          Key: marshall(keys.regeldag(inburgeraarId)),
          UpdateExpression: 'REMOVE #uit',
          ConditionExpression: '#uit = :uit',
          ExpressionAttributeNames: { '#uit': attribuutVan(e) },
          ExpressionAttributeValues: { ':uit': waardeVan(e) },
        }),
      );
    },
  };
}
