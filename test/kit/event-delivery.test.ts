import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { EVENT_ROUTES, MeetmomentVastgelegd, WoningToegewezen } from '@wegwijs/contracts';
import {
  createPublisher,
  dynamoDedupeStore,
  event,
  eventConsumer,
  maakTabel,
  PublishError,
  tabel,
} from '@wegwijs/lambda-kit';
import { type BusEvent, LocalEventBus, startAwsEndpoint, startDynalite } from '@wegwijs/local-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let dynamo: Awaited<ReturnType<typeof startDynalite>>;
let bus: LocalEventBus;
let endpoint: Awaited<ReturnType<typeof startAwsEndpoint>>;
let client: EventBridgeClient;

beforeAll(async () => {
  dynamo = await startDynalite();
  await maakTabel(dynamo.client, tabel('kit'), 'wegwijs-test-kit');
  bus = new LocalEventBus({ routes: EVENT_ROUTES, busName: 'bus', maxAttempts: 3, backoffMs: () => 1 });
  endpoint = await startAwsEndpoint(bus);
  client = new EventBridgeClient({
    endpoint: endpoint.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(async () => {
  await endpoint.close();
  await dynamo.stop();
});

const meta = {
  gemeente: '0518',
  inburgeraarId: 'i-9',
  actor: { rol: 'maatschappelijk-begeleider' as const, org: 'vluchtelingenwerk' },
  correlationId: 'c-9',
};
const woning = event(WoningToegewezen, meta, { datum: '2026-03-01' });

describe('the local event bus with the real EventBridge client', () => {
  it('delivers a published event to the consumers of the route table only', async () => {
    const seen: string[] = [];
    bus.register('begeleiding', async (e) => void seen.push(`begeleiding:${e['detail-type']}`));
    bus.register('toestemming', async (e) => void seen.push(`toestemming:${e['detail-type']}`));
    const delivered = bus.waitFor('begeleiding', WoningToegewezen.detailType);
    await createPublisher({ busName: 'bus', client }).publish(woning);
    const e = await delivered;
    await bus.idle();
    expect(e.source).toBe('wegwijs.aanmelding');
    expect(seen).toEqual(['begeleiding:WoningToegewezen.v1']);
  });

  it('routes a voortgang event to the consent broker only', async () => {
    const seen: string[] = [];
    bus.register('begeleiding', async () => void seen.push('begeleiding'));
    bus.register('aanmelding', async () => void seen.push('aanmelding'));
    bus.register('toestemming', async () => void seen.push('toestemming'));
    await createPublisher({ busName: 'bus', client }).publish(
      event(MeetmomentVastgelegd, meta, { meetmomentId: 'm1', datum: '2026-04-01', scores: { wonen: 3 } }),
    );
    await bus.idle();
    expect(seen).toEqual(['toestemming']);
  });

  it('retries a failing consumer and keeps a dead-letter record after the last attempt', async () => {
    const target = vi.fn(async () => {
      throw new Error('down');
    });
    bus.register('begeleiding', target);
    await createPublisher({ busName: 'bus', client }).publish(woning);
    await bus.idle();
    expect(target).toHaveBeenCalledTimes(3);
    expect(bus.deadLetters.at(-1)).toMatchObject({ consumer: 'begeleiding', attempts: 3, errorName: 'Error' });
  });

  it('makes the publisher throw for an entry the bus refuses', async () => {
    const wrongBus = createPublisher({ busName: 'no-such-bus', client });
    await expect(wrongBus.publish(woning)).rejects.toBeInstanceOf(PublishError);
  });
});

describe('the event consumer', () => {
  const delivery = (id: string): BusEvent => ({
    version: '0',
    id: `eb-${id}`,
    'detail-type': WoningToegewezen.detailType,
    source: WoningToegewezen.source,
    account: '0',
    time: new Date().toISOString(),
    region: 'eu-west-1',
    resources: [],
    detail: { meta: { ...meta, id, occurredAt: new Date().toISOString() }, data: { datum: '2026-03-01' } },
  });

  it('handles an event delivered twice once', async () => {
    const handle = vi.fn(async () => undefined);
    const consumer = eventConsumer({
      handlers: { [WoningToegewezen.detailType]: handle },
      dedupe: dynamoDedupeStore(dynamo.client, 'wegwijs-test-kit'),
    });
    await consumer(delivery('01JAAAAAAAAAAAAAAAAAAAAAA1'));
    await consumer(delivery('01JAAAAAAAAAAAAAAAAAAAAAA1'));
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('does not remember an event whose handler failed, so the retry handles it', async () => {
    const handle = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue(undefined);
    const consumer = eventConsumer({
      handlers: { [WoningToegewezen.detailType]: handle },
      dedupe: dynamoDedupeStore(dynamo.client, 'wegwijs-test-kit'),
    });
    await expect(consumer(delivery('01JAAAAAAAAAAAAAAAAAAAAAA2'))).rejects.toThrow('down');
    await consumer(delivery('01JAAAAAAAAAAAAAAAAAAAAAA2'));
    await consumer(delivery('01JAAAAAAAAAAAAAAAAAAAAAA2'));
    expect(handle).toHaveBeenCalledTimes(2);
  });

  it('throws for an event that breaks its contract (it goes to the dead-letter queue)', async () => {
    const consumer = eventConsumer({ handlers: {}, dedupe: dynamoDedupeStore(dynamo.client, 'wegwijs-test-kit') });
    const bad = delivery('01JAAAAAAAAAAAAAAAAAAAAAA3');
    (bad.detail as { data: unknown }).data = { datum: 42 };
    await expect(consumer(bad)).rejects.toThrow(/does not match its contract/);
  });
});
