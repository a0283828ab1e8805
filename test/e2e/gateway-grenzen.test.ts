import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from '../support/platform';

// Findings 6 and 8 of issue 10, over real sockets: an oversized token is 401 problem+json, and a body over 1 MiB
// is 413 problem+json without breaking the next request on the same pooled connection.
let p: TestPlatform;
let agent: Agent;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(async () => {
  agent?.destroy();
  await p?.stop();
});

interface Antwoord {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  reusedSocket: boolean;
}

function stuur(method: string, path: string, headers: Record<string, string>, body?: Buffer | string) {
  return new Promise<Antwoord>((resolve, reject) => {
    const url = new URL(path, p.url);
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          reusedSocket: req.reusedSocket,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const verwachtProblem = (a: Antwoord, status: number) => {
  expect(a.status).toBe(status);
  expect(a.headers['content-type']).toBe('application/problem+json');
  expect(JSON.parse(a.body)).toMatchObject({ status, type: expect.stringContaining('https://wegwijs.nl/problemen/') });
};

describe('oversized tokens', () => {
  it('answers 401 problem+json to a 20 KiB bearer token, not 431 with an empty body', async () => {
    // Arrange
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const groot = `Bearer ${'a'.repeat(20 * 1024)}.${'b'.repeat(10)}.${'c'.repeat(10)}`;
    // Act
    const a = await stuur('GET', '/v1/gemeenten/0518/profiel', { authorization: groot });
    // Assert
    verwachtProblem(a, 401);
  });

  it('answers 401 problem+json to headers beyond what the gateway reads at all (100 KiB)', async () => {
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const a = await stuur('GET', '/v1/gemeenten/0518/profiel', { authorization: `Bearer ${'a'.repeat(100 * 1024)}` });
    verwachtProblem(a, 401);
    expect(a.headers.connection).toBe('close');
  });
});

describe('a body over 1 MiB', () => {
  it('gets 413 problem+json and the next request on the same keep-alive connection still works', async () => {
    // Arrange
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const token = await p.token({
      sub: 'c-1',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0518',
      gemeenten: ['0518'],
    });
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const groot = Buffer.alloc(1024 * 1024 + 4096, 0x20);
    // Act
    const eerste = await stuur('POST', '/v1/aanmeldingen', { ...auth, 'content-length': String(groot.length) }, groot);
    const volgende = await stuur('GET', '/v1/gemeenten/0518/profiel', auth);
    // Assert
    verwachtProblem(eerste, 413);
    expect(volgende.status).toBe(200);
    expect(eerste.headers.connection === 'close' || volgende.reusedSocket).toBe(true);
  });

  it('answers 413 to a chunked body over 1 MiB and keeps serving on that agent', async () => {
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const token = await p.token({
      sub: 'c-1',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0518',
      gemeenten: ['0518'],
    });
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const eerste = await stuur('POST', '/v1/aanmeldingen', auth, Buffer.alloc(2 * 1024 * 1024, 0x20));
    const volgende = await stuur('GET', '/v1/gemeenten/0518/profiel', auth);
    verwachtProblem(eerste, 413);
    expect(volgende.status).toBe(200);
  });
});
