import {
  type AttributeValue,
  BatchWriteItemCommand,
  DeleteItemCommand,
  type DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { EventBridgeEvent } from 'aws-lambda';
import * as fc from 'fast-check';

/**
 * Delivery semantics as EventBridge gives them: every event at least once (here 1 to 3 times), in any order, some
 * deliveries at the same time, and a handled event may be handled again when the consumer stopped between its write
 * and remembering the event id (`vergeten`: the dedupe record is gone). A delivery that throws is delivered again later,
 * as EventBridge's retry (and SQS's redrive) would; one that keeps throwing would end in the dead letters.
 */
export interface Levering {
  /** Index into the events. */
  event: number;
  /** The dedupe record of this event is lost before this delivery (a crash between handling and remembering). */
  vergeten: boolean;
}

export interface LeverPlan {
  leveringen: Levering[];
  /** How many deliveries start together, group after group (cycled). */
  groepen: number[];
}

type Consumer = (event: EventBridgeEvent<string, unknown>) => Promise<unknown>;

/** Plans for `n` events: each delivered 1 to 3 times, shuffled, in groups of 1 to 3 concurrent deliveries. */
export function leverPlannen(n: number): fc.Arbitrary<LeverPlan> {
  return fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n })
    .chain((kopieen) => {
      const alle = kopieen.flatMap((k, event) => Array.from({ length: k }, () => event));
      return fc.record({
        volgorde: fc.shuffledSubarray(alle, { minLength: alle.length, maxLength: alle.length }),
        vergeten: fc.array(fc.boolean(), { minLength: alle.length, maxLength: alle.length }),
        groepen: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 8 }),
      });
    })
    .map(({ volgorde, vergeten, groepen }) => ({
      leveringen: volgorde.map((event, i) => ({ event, vergeten: vergeten[i] ?? false })),
      groepen,
    }));
}

export interface LeverUitkomst {
  /** Deliveries that threw and were delivered again. */
  herhaald: number;
  /** Events that still threw after `maxPogingen` deliveries (what would be dead-lettered). */
  doodGegaan: string[];
}

const dedupeSleutel = (id: string) => ({ pk: { S: `evt#${id}` }, sk: { S: 'evt' } });
const eventId = (e: EventBridgeEvent<string, unknown>) => (e.detail as { meta: { id: string } }).meta.id;

/** Delivers the events following the plan; a delivery that throws goes to the back of the queue. */
export async function leverVolgens(
  consumer: Consumer,
  events: readonly EventBridgeEvent<string, unknown>[],
  plan: LeverPlan,
  opslag: { client: DynamoDBClient; tabel: string },
  maxPogingen = 12,
): Promise<LeverUitkomst> {
  const rij = plan.leveringen.map((l) => ({ ...l, pogingen: 0 }));
  const uitkomst: LeverUitkomst = { herhaald: 0, doodGegaan: [] };
  let g = 0;
  while (rij.length > 0) {
    const grootte = plan.groepen[g++ % plan.groepen.length] ?? 1;
    const groep = rij.splice(0, grootte);
    const resultaten = await Promise.allSettled(
      groep.map(async (l) => {
        const event = events[l.event];
        if (!event) throw new Error(`no event ${l.event}`);
        if (l.vergeten) {
          await opslag.client.send(
            new DeleteItemCommand({ TableName: opslag.tabel, Key: dedupeSleutel(eventId(event)) }),
          );
        }
        await consumer(structuredClone(event));
      }),
    );
    resultaten.forEach((r, i) => {
      const l = groep[i];
      if (r.status === 'fulfilled' || !l) return;
      l.pogingen++;
      if (l.pogingen >= maxPogingen) {
        uitkomst.doodGegaan.push(`${events[l.event]?.['detail-type']} ${String(r.reason)}`);
        return;
      }
      uitkomst.herhaald++;
      rij.push({ ...l, vergeten: false });
    });
  }
  return uitkomst;
}

/** Each event once, in the given order, one at a time: the reference the plans are compared with. */
export const inVolgorde = (n: number): LeverPlan => ({
  leveringen: Array.from({ length: n }, (_, event) => ({ event, vergeten: false })),
  groepen: [1],
});

const scan = async (client: DynamoDBClient, tabel: string): Promise<Record<string, unknown>[]> =>
  (await bewaarTabel(client, tabel)).map((i) => unmarshall(i));

/** Removes every item of the table (between the reference run and a planned run). */
export async function leegTabel(client: DynamoDBClient, tabel: string): Promise<void> {
  const items = await scan(client, tabel);
  for (let i = 0; i < items.length; i += 25) {
    const deel = items.slice(i, i + 25).map((item) => ({
      DeleteRequest: { Key: { pk: { S: String(item.pk) }, sk: { S: String(item.sk) } } },
    }));
    await client.send(new BatchWriteItemCommand({ RequestItems: { [tabel]: deel } }));
  }
}

/** The table's items as stored, to put back before each planned run (what the arrangement wrote). */
export async function bewaarTabel(client: DynamoDBClient, tabel: string): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const r = await client.send(
      new ScanCommand({ TableName: tabel, ConsistentRead: true, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...(r.Items ?? []));
    start = r.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Empties the table and puts back the items `bewaarTabel` kept. */
export async function herstelTabel(
  client: DynamoDBClient,
  tabel: string,
  items: readonly Record<string, AttributeValue>[],
): Promise<void> {
  await leegTabel(client, tabel);
  for (let i = 0; i < items.length; i += 25) {
    const deel = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    await client.send(new BatchWriteItemCommand({ RequestItems: { [tabel]: deel } }));
  }
}

/** Leaves out the named fields at every depth. */
export function zonder(waarde: unknown, velden: ReadonlySet<string>): unknown {
  if (Array.isArray(waarde)) return waarde.map((w) => zonder(w, velden));
  if (waarde !== null && typeof waarde === 'object') {
    return Object.fromEntries(
      Object.entries(waarde as Record<string, unknown>)
        .filter(([k]) => !velden.has(k))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, zonder(v, velden)]),
    );
  }
  return waarde;
}

/**
 * The table's state as sorted lines, without the consumer's dedupe records (how many deliveries a consumer remembers
 * is not state) and normalised by `normaliseer` (what a consumer generates itself: ids, clock readings, versions).
 */
export async function toestandVan(
  client: DynamoDBClient,
  tabel: string,
  normaliseer: (item: Record<string, unknown>) => unknown,
): Promise<string[]> {
  const items = await scan(client, tabel);
  return items
    .filter((i) => !String(i.pk).startsWith('evt#'))
    .map((i) => JSON.stringify(normaliseer(i)))
    .sort();
}

/** An EventBridge event with fixed ids (a duplicate delivery is the same event again). */
export function vastEvent(
  contract: { detailType: string; source: string },
  meta: {
    id: string;
    inburgeraarId: string;
    gemeente: string;
    occurredAt: string;
    actor?: { org?: string; rol: string; sub?: string };
  },
  data: unknown,
  categorie?: string,
): EventBridgeEvent<string, unknown> {
  return {
    version: '0',
    id: `eb-${meta.id}`,
    'detail-type': contract.detailType,
    source: contract.source,
    account: '000000000000',
    time: meta.occurredAt,
    region: 'eu-west-1',
    resources: [],
    detail: {
      meta: {
        actor: { org: `gemeente-${meta.gemeente}`, rol: 'inburgeringsconsulent', sub: 'consulent-1' },
        correlationId: `c-${meta.id}`,
        ...meta,
        ...(categorie ? { categorie } : {}),
      },
      data,
    },
  };
}

/** The fast-check settings of the delivery suites: a fixed seed (WEGWIJS_SEED overrides it), printed on failure. */
export const leverInstellingen = (numRuns: number) => ({
  numRuns,
  seed: Number(process.env.WEGWIJS_SEED ?? 20261129),
  endOnFailure: true,
});
