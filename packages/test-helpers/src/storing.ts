import {
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  InternalServerError,
  ProvisionedThroughputExceededException,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The faults a request can meet: throttling, a 5xx, a timeout, a lost condition. */
export type Fout = 'throttling' | '5xx' | 'timeout' | 'conditie';

const FOUTEN: Record<Fout, () => Error> = {
  throttling: () =>
    new ProvisionedThroughputExceededException({
      message: 'Rate of requests exceeds the allowed throughput',
      $metadata: {},
    }),
  '5xx': () => new InternalServerError({ message: 'Internal server error', $metadata: { httpStatusCode: 500 } }),
  timeout: () => Object.assign(new Error('socket hang up: request timed out'), { name: 'TimeoutError' }),
  conditie: () => new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
};

const COMMANDOS = {
  GetItem: GetItemCommand,
  PutItem: PutItemCommand,
  UpdateItem: UpdateItemCommand,
  DeleteItem: DeleteItemCommand,
  Query: QueryCommand,
  BatchWriteItem: BatchWriteItemCommand,
} as const;
export type Commando = keyof typeof COMMANDOS;

/** One injected fault: the `n`-th request (from 1) of `commando` that `als` selects fails, before or after it is done. */
export interface Storing {
  commando: Commando;
  als?: (input: Record<string, unknown>) => boolean;
  fout: Fout;
  /** `voor`: the request never reaches the table; `na`: it is done, and the caller still sees the fault. */
  moment: 'voor' | 'na';
  n?: number;
  /** How many selected requests fail from the `n`-th on (default 1). */
  keer?: number;
}

const sleutelVan = (input: Record<string, unknown>) =>
  (input.Key ?? input.Item) as Record<string, { S?: string }> | undefined;
/** Selects requests on the item with this sort key (prefix). */
export const opSk = (prefix: string) => (input: Record<string, unknown>) =>
  sleutelVan(input)?.sk?.S?.startsWith(prefix) ?? false;

/**
 * Fault injection with aws-sdk-client-mock: a DynamoDB client whose every request goes to the real (local) table,
 * except the requests a `Storing` names, which fail with a throttling error, a 5xx, a timeout or a lost condition,
 * before or after they are done. `client` is what the code under test gets.
 */
export function storendeDynamo(endpoint: string) {
  const opties = { endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  const echt = new DynamoDBClient(opties);
  const client = new DynamoDBClient(opties);
  const mock = mockClient(client);
  let storingen: { s: Storing; gezien: number }[] = [];
  const gefaald: Storing[] = [];
  for (const [naam, Commando] of Object.entries(COMMANDOS) as [Commando, (typeof COMMANDOS)[Commando]][]) {
    mock.on(Commando as never).callsFake(async (input: Record<string, unknown>) => {
      const regel = storingen.find(({ s }) => s.commando === naam && (s.als?.(input) ?? true));
      let faalt = false;
      if (regel) {
        regel.gezien++;
        const n = regel.s.n ?? 1;
        faalt = regel.gezien >= n && regel.gezien < n + (regel.s.keer ?? 1);
      }
      if (regel && faalt && regel.s.moment === 'voor') {
        gefaald.push(regel.s);
        throw FOUTEN[regel.s.fout]();
      }
      const uit = await echt.send(new (Commando as unknown as new (i: unknown) => never)(input));
      if (regel && faalt) {
        gefaald.push(regel.s);
        throw FOUTEN[regel.s.fout]();
      }
      return uit;
    });
  }
  return {
    client,
    /** Arms faults (replacing earlier ones and forgetting which fired). */
    faal(...nieuw: Storing[]) {
      storingen = nieuw.map((s) => ({ s, gezien: 0 }));
      gefaald.length = 0;
    },
    herstel() {
      storingen = [];
    },
    /** The faults that fired. */
    gefaald: () => [...gefaald],
    stop() {
      mock.restore();
      echt.destroy();
    },
  };
}

/**
 * An EventBridge client (aws-sdk-client-mock) that accepts every PutEvents, except while `faal()` is armed: then each
 * entry comes back failed. `geaccepteerd()` lists what the bus took, in order.
 */
export function storendeBus() {
  const client = new EventBridgeClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const mock = mockClient(client);
  const geaccepteerd: PutEventsRequestEntry[] = [];
  let kapot = false;
  mock.on(PutEventsCommand).callsFake(async (input: { Entries?: PutEventsRequestEntry[] }) => {
    const entries = input.Entries ?? [];
    if (kapot) {
      return {
        FailedEntryCount: entries.length,
        Entries: entries.map(() => ({ ErrorCode: 'InternalFailure', ErrorMessage: 'failed entry' })),
      };
    }
    geaccepteerd.push(...entries);
    return { FailedEntryCount: 0, Entries: entries.map((_, i) => ({ EventId: `e-${geaccepteerd.length + i}` })) };
  });
  return {
    client,
    faal: () => {
      kapot = true;
    },
    herstel: () => {
      kapot = false;
    },
    geaccepteerd: () => geaccepteerd.map((e) => ({ detailType: e.DetailType, detail: JSON.parse(e.Detail ?? '{}') })),
    stop: () => mock.restore(),
  };
}

/**
 * The fault-injection clients of one test file: made in `beforeAll` against the file's dynalite (`endpoint()`),
 * disarmed after each test, restored after all.
 */
export function gebruikStoringen(endpoint: () => string) {
  const staat: { dynamo?: ReturnType<typeof storendeDynamo>; bus?: ReturnType<typeof storendeBus> } = {};
  beforeAll(() => {
    staat.dynamo = storendeDynamo(endpoint());
    staat.bus = storendeBus();
  });
  afterEach(() => {
    staat.dynamo?.herstel();
    staat.bus?.herstel();
  });
  afterAll(() => {
    staat.dynamo?.stop();
    staat.bus?.stop();
  });
  const vereist = <T>(x: T | undefined): T => {
    if (!x) throw new Error('gebruikStoringen: used before beforeAll ran');
    return x;
  };
  return { dynamo: () => vereist(staat.dynamo), bus: () => vereist(staat.bus) };
}
