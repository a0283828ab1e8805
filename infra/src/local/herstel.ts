import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  ScanCommand,
  type WriteRequest,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { maakTabel } from '@wegwijs/lambda-kit';
import { startDynalite, tabelNaam } from '@wegwijs/local-kit';
import { SERVICE_MANIFESTS } from '../services';
import { DEPLOYMENT } from './platform';

/**
 * Backup and restore of a local platform's data directory (docs/SECURITY.md, "the drill on the local platform"). Both
 * work on a STOPPED data directory: dynalite keeps its tables in a LevelDB that one process at a time may open, so a
 * running platform makes them fail instead of copying half-written data.
 *
 * A backup is a directory: `tabellen/<table>.json` (the table's key schema and indexes as DescribeTable gives them,
 * and every item from a paginated consistent Scan), the event bus's journal and dead letters as they were, and
 * `backup.json` with the item count per table.
 */

type Item = Record<string, AttributeValue>;
const BUS_BESTANDEN = ['event-bus.jsonl', 'dead-letters.jsonl'];

async function scan(client: DynamoDBClient, TableName: string): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Item | undefined;
  do {
    const pagina = await client.send(new ScanCommand({ TableName, ConsistentRead: true, ExclusiveStartKey }));
    items.push(...(pagina.Items ?? []));
    ExclusiveStartKey = pagina.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

async function tabellen(client: DynamoDBClient): Promise<string[]> {
  const namen: string[] = [];
  let ExclusiveStartTableName: string | undefined;
  do {
    const pagina = await client.send(new ListTablesCommand({ ExclusiveStartTableName }));
    namen.push(...(pagina.TableNames ?? []));
    ExclusiveStartTableName = pagina.LastEvaluatedTableName;
  } while (ExclusiveStartTableName);
  return namen;
}

/** Writes every table of the data directory's dynalite and the bus's journal to `backupDir` (new or empty). */
export async function maakBackup(dataDir: string, backupDir: string): Promise<Record<string, number>> {
  const data = resolve(dataDir);
  if (!existsSync(join(data, 'dynamodb'))) throw new Error(`${data} holds no local platform data (no dynamodb/)`);
  if (existsSync(backupDir) && readdirSync(backupDir).length > 0) throw new Error(`${backupDir} is not empty`);
  mkdirSync(join(backupDir, 'tabellen'), { recursive: true });
  const dynamo = await startDynalite({ path: join(data, 'dynamodb') });
  const aantallen: Record<string, number> = {};
  try {
    for (const TableName of await tabellen(dynamo.client)) {
      const { Table } = await dynamo.client.send(new DescribeTableCommand({ TableName }));
      const items = await scan(dynamo.client, TableName);
      const definitie = {
        KeySchema: Table?.KeySchema,
        AttributeDefinitions: Table?.AttributeDefinitions,
        GlobalSecondaryIndexes: Table?.GlobalSecondaryIndexes?.map((i) => ({
          IndexName: i.IndexName,
          KeySchema: i.KeySchema,
        })),
      };
      writeFileSync(join(backupDir, 'tabellen', `${TableName}.json`), JSON.stringify({ TableName, definitie, items }));
      aantallen[TableName] = items.length;
    }
  } finally {
    await dynamo.stop();
  }
  for (const bestand of BUS_BESTANDEN) {
    if (existsSync(join(data, bestand))) copyFileSync(join(data, bestand), join(backupDir, bestand));
  }
  writeFileSync(join(backupDir, 'backup.json'), JSON.stringify({ gemaakt: new Date().toISOString(), aantallen }));
  return aantallen;
}

async function schrijf(client: DynamoDBClient, TableName: string, items: Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let verzoeken: Record<string, WriteRequest[]> = {
      [TableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    for (let poging = 0; Object.keys(verzoeken).length > 0; poging++) {
      if (poging > 8) throw new Error(`${TableName}: items stay unprocessed after ${poging} attempts`);
      if (poging > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** poging));
      const { UnprocessedItems } = await client.send(new BatchWriteItemCommand({ RequestItems: verzoeken }));
      verzoeken = Object.fromEntries(Object.entries(UnprocessedItems ?? {}).filter(([, v]) => v.length > 0));
    }
  }
}

/** dynalite answers CreateTable before the table takes writes (status CREATING); the SDK's waiter waits for ACTIVE. */
async function actief(client: DynamoDBClient, TableName: string): Promise<void> {
  await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1, maxDelay: 2 }, { TableName });
}

/**
 * Restores a backup into a data directory whose store is empty (new, or tables without items): creates each table from
 * the project's own table definitions (`SERVICE_MANIFESTS`, as the platform does at start), writes the items in
 * batches of 25 (retrying unprocessed ones), and puts back the bus's journal, whose accepted events are delivered at
 * the next start. Refuses a table the project does not define and a store that already holds data.
 */
export async function herstel(backupDir: string, dataDir: string): Promise<Record<string, number>> {
  const data = resolve(dataDir);
  const bestanden = readdirSync(join(backupDir, 'tabellen')).filter((b) => b.endsWith('.json'));
  const definities = new Map(
    SERVICE_MANIFESTS.flatMap((m) => (m.tabel ? [[tabelNaam(DEPLOYMENT, m.tabel.naam), m.tabel] as const] : [])),
  );
  for (const bestand of BUS_BESTANDEN) {
    if (existsSync(join(data, bestand)) && readFileSync(join(data, bestand), 'utf8').trim() !== '')
      throw new Error(`${join(data, bestand)} is not empty: restore into an empty data directory`);
  }
  mkdirSync(data, { recursive: true });
  const dynamo = await startDynalite({ path: join(data, 'dynamodb') });
  const aantallen: Record<string, number> = {};
  try {
    for (const TableName of await tabellen(dynamo.client)) {
      const eerste = await dynamo.client.send(new ScanCommand({ TableName, Limit: 1 }));
      if ((eerste.Items ?? []).length > 0) throw new Error(`${TableName} holds items: restore into an empty store`);
    }
    for (const bestand of bestanden) {
      const { TableName, items } = JSON.parse(readFileSync(join(backupDir, 'tabellen', bestand), 'utf8')) as {
        TableName: string;
        items: Item[];
      };
      const definitie = definities.get(TableName);
      if (!definitie) throw new Error(`${TableName} is not a table of this project`);
      await maakTabel(dynamo.client, definitie, TableName);
      await actief(dynamo.client, TableName);
      await schrijf(dynamo.client, TableName, items);
      aantallen[TableName] = items.length;
    }
  } finally {
    await dynamo.stop();
  }
  for (const bestand of BUS_BESTANDEN) {
    if (existsSync(join(backupDir, bestand))) copyFileSync(join(backupDir, bestand), join(data, bestand));
  }
  return aantallen;
}
