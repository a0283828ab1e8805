import { httpHandler, route, type TokenVerifier } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

// Finding 4 of issue 10: every path id is bounded by the one shared schema, even where a route declares less.
const principal = { sub: 'b1', rol: 'maatschappelijk-begeleider' as const, org: 'inova', gemeenten: ['0383'] };
const verifier: TokenVerifier = { verify: async () => principal };
const ROUTE = '/v1/inburgeraars/{id}/signalen';

describe('path ids', () => {
  it.each([
    ['2,048 characters', 'a'.repeat(2048)],
    ['129 characters', 'b'.repeat(129)],
    ['a key separator', 'ib#1'],
    ['a space and unicode', 'ïb 1'],
  ])('answers 400 problem+json for an id of %s before the route runs', async (_, id) => {
    // Arrange: a route that (like sociaal-domein did) accepts any string
    const handle = vi.fn(async () => ({ status: 200, body: {} }));
    const handler = httpHandler({
      verifier,
      routes: { [`GET ${ROUTE}`]: route({ params: z.object({ id: z.string() }), handle }) },
    });
    // Act
    const res = await roep(handler, { method: 'GET', routePath: ROUTE, params: { id }, token: 't' });
    // Assert
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.errors[0].path).toBe('path.id');
    expect(handle).not.toHaveBeenCalled();
  });

  it('passes an id of 128 characters on to the route', async () => {
    const handle = vi.fn(async () => ({ status: 200, body: {} }));
    const handler = httpHandler({ verifier, routes: { [`GET ${ROUTE}`]: route({ handle }) } });
    const res = await roep(handler, { method: 'GET', routePath: ROUTE, params: { id: 'c'.repeat(128) }, token: 't' });
    expect(res.status).toBe(200);
    expect(handle).toHaveBeenCalledTimes(1);
  });
});
