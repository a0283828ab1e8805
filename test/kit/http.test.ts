import {
  BadRequest,
  DomainRuleViolation,
  httpHandler,
  type IdempotencyStore,
  type RouteResult,
  route,
  type TokenVerifier,
} from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

const principal = { sub: 'b1', rol: 'maatschappelijk-begeleider' as const, org: 'inova', gemeenten: ['0383'] };
const verifier: TokenVerifier = {
  verify: async (h) => {
    if (h !== 'Bearer ok') throw new (await import('@wegwijs/lambda-kit')).Unauthorized();
    return principal;
  },
};

function memoryIdempotency(): IdempotencyStore {
  const records = new Map<string, { fingerprint: string; response?: { status: number; body: unknown } }>();
  return {
    async begin(key, fingerprint) {
      const r = records.get(key);
      if (!r) {
        records.set(key, { fingerprint });
        return { kind: 'new' };
      }
      if (r.fingerprint !== fingerprint) throw new DomainRuleViolation('reused', 'idempotency-key-hergebruikt');
      return { kind: 'replay', response: r.response ?? { status: 409, body: null } };
    },
    async complete(key, fingerprint, response) {
      records.set(key, { fingerprint, response });
    },
    async release(key) {
      records.delete(key);
    },
  };
}

const ROUTE = '/v1/things/{id}';
const make = (
  handle: () => Promise<RouteResult> = vi.fn(async () => ({ status: 201, body: { ok: true, n: Math.random() } })),
) => ({
  handle,
  handler: httpHandler({
    verifier,
    idempotency: memoryIdempotency(),
    routes: {
      [`POST ${ROUTE}`]: route({
        body: z.strictObject({ naam: z.string(), aantal: z.optional(z.int()) }),
        params: z.object({ id: z.string() }),
        autoriseer: async () => undefined,
        handle,
      }),
      [`GET ${ROUTE}`]: route({
        handle: async () => {
          throw new Error('secret internal detail: db password 1234');
        },
      }),
    },
  }),
});
const post = (h: ReturnType<typeof make>['handler'], body: unknown, headers: Record<string, string> = {}) =>
  roep(h, {
    method: 'POST',
    routePath: ROUTE,
    params: { id: 'x1' },
    body,
    headers: { authorization: 'Bearer ok', ...headers },
  });

describe('the HTTP handler chain', () => {
  it('answers a valid request through the route', async () => {
    const { handler } = make();
    const res = await post(handler, { naam: 'a' });
    expect(res.status).toBe(201);
    expect(res.headers['x-correlation-id']).toBeTruthy();
  });

  it('rejects unknown body fields with 400 problem+json naming them', async () => {
    const { handler, handle } = make();
    const res = await post(handler, { naam: 'a', geheim: true });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors).toEqual([{ path: '/', message: 'unknown field: geheim' }]);
    expect(handle).not.toHaveBeenCalled();
  });

  it('rejects wrong types and malformed JSON with 400', async () => {
    const { handler } = make();
    const wrong = await post(handler, { naam: 3, aantal: 'veel' });
    const malformed = await post(handler, '{"naam": ');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { path: string }) => e.path)).toEqual(['naam', 'aantal']);
    expect(malformed).toMatchObject({ status: 400, body: { detail: 'De body is geen geldige JSON.' } });
  });

  it('refuses a body over 256 KiB with 413 before parsing it', async () => {
    const { handler, handle } = make();
    const res = await post(handler, { naam: 'x'.repeat(300 * 1024) });
    expect(res.status).toBe(413);
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers 401 without a valid token', async () => {
    const { handler } = make();
    const res = await roep(handler, { method: 'POST', routePath: ROUTE, params: { id: 'x1' }, body: { naam: 'a' } });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toContain('Bearer');
  });

  it('turns a thrown internal error into a 500 problem without its message or stack', async () => {
    const { handler } = make();
    const res = await roep(handler, {
      method: 'GET',
      routePath: ROUTE,
      params: { id: 'x1' },
      headers: { authorization: 'Bearer ok' },
    });
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toBe('application/problem+json');
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('password');
    expect(text).not.toContain('secret');
    expect(text).not.toMatch(/at .*\.ts/);
  });

  it('maps a domain rule to 422 with its slug', async () => {
    const { handler } = make(
      vi.fn(async () => {
        throw new DomainRuleViolation('not served here', 'doelgroep-niet-bediend');
      }),
    );
    const res = await post(handler, { naam: 'a' });
    expect(res.body).toMatchObject({ status: 422, type: 'https://wegwijs.nl/problemen/doelgroep-niet-bediend' });
  });

  it('replays the first response for a repeated Idempotency-Key and runs the handler once', async () => {
    const { handler, handle } = make();
    const first = await post(handler, { naam: 'a' }, { 'idempotency-key': 'k-1' });
    const again = await post(handler, { naam: 'a' }, { 'idempotency-key': 'k-1' });
    const other = await post(handler, { naam: 'b' }, { 'idempotency-key': 'k-1' });
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(handle).toHaveBeenCalledTimes(1);
    expect(other.status).toBe(422);
  });

  it('does not cache a failed request under its Idempotency-Key', async () => {
    let calls = 0;
    const { handler } = make(
      vi.fn(async () => {
        calls++;
        if (calls === 1) throw new Error('transient');
        return { status: 201, body: { ok: true } };
      }),
    );
    const first = await post(handler, { naam: 'a' }, { 'idempotency-key': 'k-2' });
    const retry = await post(handler, { naam: 'a' }, { 'idempotency-key': 'k-2' });
    expect([first.status, retry.status]).toEqual([500, 201]);
  });

  it('keeps BadRequest detail and echoes a given correlation id', async () => {
    const { handler } = make(
      vi.fn(async () => {
        throw new BadRequest('nope');
      }),
    );
    const res = await post(handler, { naam: 'a' }, { 'x-correlation-id': 'corr-123' });
    expect(res.status).toBe(400);
    expect(res.headers['x-correlation-id']).toBe('corr-123');
  });

  it('answers 415 problem+json to a body that is not JSON by its content type, and runs nothing', async () => {
    // Arrange
    const { handler, handle } = make();
    // Act
    const res = await post(handler, JSON.stringify({ naam: 'a' }), { 'content-type': 'text/plain' });
    const json = await post(handler, { naam: 'a' }, { 'content-type': 'application/json; charset=utf-8' });
    // Assert
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(json.status).toBe(201);
    expect(handle).toHaveBeenCalledTimes(1);
  });
});
