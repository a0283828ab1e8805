import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { probleemTitel } from '@wegwijs/contracts/problemen';

export class TeGroot extends Error {
  /** True when the rest of the body was not read: the connection must close after the answer. */
  constructor(readonly afsluiten: boolean) {
    super('body too large');
  }
}

/** Beyond this the gateway stops draining an oversized body and closes the connection after its answer. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/**
 * Reads a request body up to `limit` bytes. Above it, it keeps reading and discards the rest (up to DRAIN_LIMIT) and
 * then throws TeGroot, so the 413 is written on a connection that is ready for the next request. Breaking out of the
 * stream instead would destroy the socket under a keep-alive client.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) {
        req.off('data', onData);
        req.pause();
        reject(new TeGroot(true));
      }
    };
    req.on('data', onData);
    req.once('end', () => (size > limit ? reject(new TeGroot(false)) : resolve(Buffer.concat(chunks))));
    req.once('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A problem+json answer of the local runtime itself; its title is the status's Dutch one (`PROBLEEM_TITELS`). */
export function sendProblem(
  res: ServerResponse,
  status: number,
  slug: string,
  detail: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/problem+json', ...extra });
  res.end(problemBody(status, slug, detail));
}

const problemBody = (status: number, slug: string, detail: string) =>
  JSON.stringify({ type: `https://wegwijs.nl/problemen/${slug}`, title: probleemTitel(status), status, detail });

/**
 * Answers a request Node's HTTP parser refused before the gateway saw it, as problem+json, and closes the connection
 * (the parser cannot go on). Headers too large are nearly always an oversized token: 401, as API.md asks.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, reason, slug, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [401, 'Unauthorized', 'niet-geauthenticeerd', 'De headers van het verzoek (het token) zijn te groot.']
      : [400, 'Bad Request', 'ongeldig-verzoek', 'Het verzoek is geen geldig HTTP.'];
  const body = problemBody(status, slug, detail);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `${status === 401 ? 'www-authenticate: Bearer realm="wegwijs"\r\n' : ''}connection: close\r\n\r\n${body}`,
  );
}
