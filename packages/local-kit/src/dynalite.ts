import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { luisterNaar, type VerzoekLuisteraar } from './verzoeken';

export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBClient;
  /** Observes every DynamoDB request (operation and sending service); answers the unsubscribe. */
  luister(luisteraar: VerzoekLuisteraar): () => void;
  /** Requests served so far, per DynamoDB operation (`PutItem`, `Query`, ...): what benchmarks count. */
  readonly verzoeken: ReadonlyMap<string, number>;
  stop(): Promise<void>;
}

/** Starts dynalite, a real DynamoDB API server, on loopback: on disk under `path`, or in memory. */
export async function startDynalite(options: { path?: string; port?: number } = {}): Promise<LocalDynamo> {
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(options.path ? { path: options.path } : {}),
  });
  const verzoeken = new Map<string, number>();
  server.on('request', (req: { headers: Record<string, string | string[] | undefined> }) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const operatie = target.slice(target.indexOf('.') + 1) || '?';
    verzoeken.set(operatie, (verzoeken.get(operatie) ?? 0) + 1);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const luister = luisterNaar(server, (req) => {
    const target = req.headers['x-amz-target'];
    return typeof target === 'string' ? target.split('.').pop() : undefined;
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    endpoint,
    client,
    luister,
    verzoeken,
    async stop() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
