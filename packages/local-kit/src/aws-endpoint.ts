import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalEventBus, PutEventsEntry } from './event-bus';
import { luisterNaar, type VerzoekLuisteraar } from './verzoeken';

export type InvokeTarget = (payload: unknown) => Promise<unknown>;

export interface LocalAwsEndpoint {
  url: string;
  server: Server;
  registerFunction(name: string, target: InvokeTarget): void;
  /** A secret the functions read through the Parameters and Secrets extension's path (`/secretsmanager/get`). */
  registerSecret(id: string, waarde: string): void;
  /** Observes every PutEvents and Invoke request (and the sending service); answers the unsubscribe. */
  luister(luisteraar: VerzoekLuisteraar): () => void;
  close(): Promise<void>;
}

const readAll = async (req: IncomingMessage, limit = 6 * 1024 * 1024): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('payload too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', ...headers });
  res.end(JSON.stringify(body));
};

/**
 * The AWS APIs the local platform serves itself, for the real SDK clients: EventBridge PutEvents (JSON 1.1 protocol,
 * `X-Amz-Target: AWSEvents.PutEvents`) and Lambda Invoke (`POST /2015-03-31/functions/{name}/invocations`); and the
 * AWS Parameters and Secrets Lambda Extension's local HTTP API (`GET /secretsmanager/get?secretId=`), which a function
 * reaches at localhost:PARAMETERS_SECRETS_EXTENSION_HTTP_PORT in Lambda as here.
 */
export async function startAwsEndpoint(bus: LocalEventBus, port = 0): Promise<LocalAwsEndpoint> {
  const functions = new Map<string, InvokeTarget>();
  const secrets = new Map<string, string>();
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://aws.local');
        if (req.method === 'GET' && url.pathname === '/secretsmanager/get') {
          const id = url.searchParams.get('secretId') ?? '';
          const waarde = secrets.get(id);
          if (waarde === undefined) {
            send(res, 400, { __type: 'ResourceNotFoundException', message: 'Secret not found.' });
            return;
          }
          send(res, 200, { Name: id, SecretString: waarde });
          return;
        }
        const body = await readAll(req);
        const target = req.headers['x-amz-target'];
        if (req.method === 'POST' && target === 'AWSEvents.PutEvents') {
          const input = JSON.parse(body || '{}') as { Entries?: PutEventsEntry[] };
          const entries = input.Entries ?? [];
          if (entries.length < 1 || entries.length > 10) {
            send(res, 400, { __type: 'ValidationException', message: 'Entries must hold 1 to 10 events.' });
            return;
          }
          send(res, 200, bus.putEvents(entries));
          return;
        }
        const invoke = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(req.url ?? '');
        if (req.method === 'POST' && invoke?.[1]) {
          const name = decodeURIComponent(invoke[1]);
          const fn = functions.get(name) ?? functions.get(name.split(':').pop() ?? '');
          if (!fn) {
            send(
              res,
              404,
              { Type: 'User', message: `Function not found: ${name}` },
              {
                'x-amzn-errortype': 'ResourceNotFoundException',
              },
            );
            return;
          }
          try {
            const result = await fn(body ? JSON.parse(body) : {});
            res.writeHead(200, { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST' });
            res.end(JSON.stringify(result ?? null));
          } catch (e) {
            res.writeHead(200, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
            res.end(
              JSON.stringify({ errorType: e instanceof Error ? e.name : 'Error', errorMessage: 'function failed' }),
            );
          }
          return;
        }
        send(res, 400, { __type: 'UnknownOperationException', message: 'Not served locally.' });
      } catch {
        send(res, 400, { __type: 'SerializationException', message: 'Malformed request.' });
      }
    })();
  });
  const luister = luisterNaar(server, (req) => {
    if (req.headers['x-amz-target'] === 'AWSEvents.PutEvents') return 'PutEvents';
    return /\/functions\/[^/]+\/invocations$/.test(req.url ?? '') ? 'Invoke' : undefined;
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    registerFunction: (name, target) => functions.set(name, target),
    registerSecret: (id, waarde) => void secrets.set(id, waarde),
    luister,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
