import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalEventBus, PutEventsEntry } from './event-bus';
import { luisterNaar, type VerzoekLuisteraar } from './verzoeken';

export type InvokeTarget = (payload: unknown) => Promise<unknown>;

/** Receives an SNS Publish (query protocol) on a topic: the local alarm topic (LokaleAlarmen). */
export type PublishTarget = (bericht: { topicArn: string; subject?: string; message: string }) => void;

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
 * reaches at localhost:PARAMETERS_SECRETS_EXTENSION_HTTP_PORT in Lambda as here; and SNS Publish to the alarm topic
 * (query protocol, `Action=Publish`).
 */
export async function startAwsEndpoint(
  bus: LocalEventBus,
  port = 0,
  onPublish?: PublishTarget,
): Promise<LocalAwsEndpoint> {
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
        if (req.method === 'POST' && isPublish(req, body)) {
          publiceer(res, body, onPublish);
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
    if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return 'Publish';
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

const isPublish = (req: IncomingMessage, body: string) =>
  String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') &&
  new URLSearchParams(body).get('Action') === 'Publish';

/** SNS Publish (query protocol): hands the message to the target and answers with a message id, as SNS does. */
function publiceer(res: ServerResponse, body: string, onPublish: PublishTarget | undefined): void {
  const form = new URLSearchParams(body);
  const topicArn = form.get('TopicArn');
  const message = form.get('Message');
  if (!onPublish || !topicArn || message === null) {
    res.writeHead(onPublish ? 400 : 404, { 'content-type': 'text/xml' });
    const code = onPublish ? 'InvalidParameter' : 'NotFound';
    res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code></Error></ErrorResponse>`);
    return;
  }
  const subject = form.get('Subject');
  onPublish({ topicArn, message, ...(subject ? { subject } : {}) });
  const id = randomUUID();
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.end(
    '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>' +
      `<MessageId>${id}</MessageId></PublishResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId>` +
      '</ResponseMetadata></PublishResponse>',
  );
}
