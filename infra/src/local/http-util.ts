import type { IncomingMessage, ServerResponse } from 'node:http';

export class TeGroot extends Error {}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new TeGroot();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export function sendProblem(
  res: ServerResponse,
  status: number,
  slug: string,
  title: string,
  detail: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/problem+json', ...extra });
  res.end(JSON.stringify({ type: `https://wegwijs.nl/problemen/${slug}`, title, status, detail }));
}
