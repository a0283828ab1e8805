import type { FunctieSoort } from '@wegwijs/contracts';
import { UITSTAAND_INDEX } from './aggregaat';
/** The shape of a context's DynamoDB table, shared by the CDK construct, the local platform and the adapters. */
export interface TabelDefinitie {
  /** The context that owns the table; its logical name. */
  readonly naam: string;
  readonly partitionKey: 'pk';
  readonly sortKey: 'sk';
  /** Global secondary indexes, each keyed by string attributes. */
  readonly indexen: readonly { readonly naam: string; readonly partitionKey: string; readonly sortKey: string }[];
  /** Attribute with the expiry time (epoch seconds) of idempotency and dedupe records. */
  readonly ttlAttribuut: 'verlooptOp';
}

export const tabel = (naam: string, indexen: TabelDefinitie['indexen'] = []): TabelDefinitie => ({
  naam,
  partitionKey: 'pk',
  sortKey: 'sk',
  indexen,
  ttlAttribuut: 'verlooptOp',
});

import {
  type AttributeValue,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  PutItemCommand,
  ResourceInUseException,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';

/**
 * Creates the table of a definition if it does not exist yet, and adds (removes) indexes the definition gained (lost) since
 * (local platform with kept data, and integration tests; in AWS the CDK stack owns the tables).
 */
export async function maakTabel(client: DynamoDBClient, tabelDef: TabelDefinitie, tableName: string): Promise<void> {
  // Locally the relay finds pending outbox events by a sparse index (AWS uses the table's stream instead).
  const def = tabelDef.indexen.some((i) => i.naam === UITSTAAND_INDEX.naam)
    ? tabelDef
    : { ...tabelDef, indexen: [...tabelDef.indexen, UITSTAAND_INDEX] };
  const attributen = new Set<string>([
    def.partitionKey,
    def.sortKey,
    ...def.indexen.flatMap((i) => [i.partitionKey, i.sortKey]),
  ]);
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributen].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: def.partitionKey, KeyType: 'HASH' },
          { AttributeName: def.sortKey, KeyType: 'RANGE' },
        ],
        ...(def.indexen.length
          ? {
              GlobalSecondaryIndexes: def.indexen.map((i) => ({
                IndexName: i.naam,
                KeySchema: [
                  { AttributeName: i.partitionKey, KeyType: 'HASH' as const },
                  { AttributeName: i.sortKey, KeyType: 'RANGE' as const },
                ],
                Projection: { ProjectionType: 'ALL' as const },
              })),
            }
          : {}),
      }),
    );
  } catch (e) {
    if (!(e instanceof ResourceInUseException)) throw e;
    await voegIndexenToe(client, def, tableName);
  }
}

/**
 * dynalite cannot add an index to an existing table (UpdateTable ignores index creation), so a local table whose
 * definition gained or lost an index is rebuilt: its items are read, the table is created anew with the indexes, and
 * the items are written back.
 */
async function voegIndexenToe(client: DynamoDBClient, def: TabelDefinitie, tableName: string): Promise<void> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const bestaand = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  const gewenst = new Set(def.indexen.map((i) => i.naam));
  if (gewenst.size === bestaand.size && [...gewenst].every((naam) => bestaand.has(naam))) return;
  const items: Record<string, AttributeValue>[] = [];
  let ExclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  await maakTabel(client, def, tableName);
  for (const Item of items) await client.send(new PutItemCommand({ TableName: tableName, Item }));
}

/** What a service contributes to a deployment: its table and the entry files of its functions. */
export interface ServiceManifest {
  readonly naam: string;
  readonly tabel?: TabelDefinitie;
  /**
   * Entry files (absolute paths) whose `handler` export is the Lambda handler: the HTTP API handler, the event
   * consumer, a function other services invoke directly (beslissing), and a function run on a schedule (planner,
   * daily in AWS; every few minutes and at start locally).
   */
  readonly functies: Partial<Record<FunctieSoort, string>>;
  /** False for a context that publishes no events (regie): its functions get no right to put events on the bus. */
  readonly publiceert?: boolean;
  /** The planner runs every this many minutes in AWS instead of nightly (the abonnementen's delivery sweep). */
  readonly plannerElkeMinuten?: number;
}
