import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { bewaarTabel } from './levering';

/**
 * Every item of a table that names the person anywhere, in its key or its content (a scan: tests only), without the
 * consumers' dedupe records (an event id names nobody).
 */
export async function sporenVan(
  client: DynamoDBClient,
  tabel: string,
  inburgeraarId: string,
): Promise<Record<string, unknown>[]> {
  return (await bewaarTabel(client, tabel))
    .map((i) => unmarshall(i))
    .filter((i) => !String(i.pk).startsWith('evt#') && JSON.stringify(i).includes(inburgeraarId));
}

/** The whole table as sorted JSON lines, to compare two moments. */
export async function tabelRegels(client: DynamoDBClient, tabel: string): Promise<string[]> {
  return (await bewaarTabel(client, tabel)).map((i) => JSON.stringify(unmarshall(i))).sort();
}

/** A stable order for lists of records in assertions. */
export const opJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
