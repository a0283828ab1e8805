import {
  dynamoIdempotencyStore,
  httpHandler,
  maakTabel,
  NotFound,
  type Principal,
  type RouteRequest,
  route,
  type TokenVerifier,
  tabel,
  Unauthorized,
} from '@wegwijs/lambda-kit';
import { startDynalite } from '@wegwijs/local-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';

// Finding 1 of issue 10: a replay is served only to the same principal, and only after the route authorised it.
const TABEL = 'wegwijs-test-idem-principal';
let dynamo: Awaited<ReturnType<typeof startDynalite>>;
beforeAll(async () => {
  dynamo = await startDynalite();
  await maakTabel(dynamo.client, tabel('idem'), TABEL);
});
afterAll(() => dynamo.stop());

const PRINCIPALS: Record<string, Principal> = {
  consulent: { sub: 'p-1', rol: 'inburgeringsconsulent', org: 'gemeente-0518', gemeenten: ['0518'] },
  // The same sub with another role, as in the finding.
  zelfdeSubAndereRol: { sub: 'p-1', rol: 'inburgeraar', gemeenten: [] },
  andereGemeente: { sub: 'p-1', rol: 'inburgeringsconsulent', org: 'gemeente-0014', gemeenten: ['0014'] },
};
const verifier: TokenVerifier = {
  verify: async (h) => {
    const p = PRINCIPALS[(h ?? '').replace('Bearer ', '')];
    if (!p) throw new Unauthorized();
    return p;
  },
};

/** One dossier of gemeente 0518; the route admits gemeente staff of that gemeente only. */
let gemeenteVanDossier: string;
const ROUTE = '/v1/dossiers/{id}/notities';
const autoriseer = async ({ principal }: RouteRequest<unknown, unknown, unknown>) => {
  if (principal.rol === 'inburgeraar' || !principal.gemeenten.includes(gemeenteVanDossier)) throw new NotFound();
};
const handle = vi.fn(async (req: RouteRequest<unknown, unknown, unknown>) => {
  await autoriseer(req);
  return {
    status: 200,
    body: { naam: 'Zerihun Woldemariam', geboortedatum: '1979-03-17', n: handle.mock.calls.length },
  };
});
let lazyHandler: ReturnType<typeof httpHandler>;
beforeEach(() => {
  gemeenteVanDossier = '0518';
  handle.mockClear();
  lazyHandler = httpHandler({
    verifier,
    idempotency: dynamoIdempotencyStore(dynamo.client, TABEL),
    routes: {
      [`POST ${ROUTE}`]: route({
        body: z.strictObject({ tekst: z.string() }),
        params: z.object({ id: z.string() }),
        autoriseer,
        handle,
      }),
    },
  });
});

const post = (wie: string, key: string) =>
  roep(lazyHandler, {
    method: 'POST',
    routePath: ROUTE,
    params: { id: 'd-1' },
    body: { tekst: 'x' },
    headers: { authorization: `Bearer ${wie}`, 'idempotency-key': key },
  });

describe('Idempotency-Key across principals', () => {
  it('does not replay the stored answer to a token with the same sub and another role', async () => {
    // Arrange
    const first = await post('consulent', 'key-rol');
    // Act
    const replay = await post('zelfdeSubAndereRol', 'key-rol');
    // Assert
    expect(first.status).toBe(200);
    expect(replay.status).toBe(404);
    expect(JSON.stringify(replay.body)).not.toContain('Zerihun');
    expect(replay.headers['idempotency-replayed']).toBeUndefined();
  });

  it('does not replay the stored answer to the same sub of another gemeente', async () => {
    await post('consulent', 'key-gemeente');
    const replay = await post('andereGemeente', 'key-gemeente');
    expect(replay.status).toBe(404);
    expect(JSON.stringify(replay.body)).not.toContain('Zerihun');
  });

  it('never replays a 404 that another principal stored under the key to the real user', async () => {
    // Arrange: an outsider uses the key first
    const vooraf = await post('zelfdeSubAndereRol', 'key-omgekeerd');
    // Act
    const echt = await post('consulent', 'key-omgekeerd');
    // Assert
    expect(vooraf.status).toBe(404);
    expect(echt.status).toBe(200);
    expect(echt.body.naam).toBe('Zerihun Woldemariam');
    expect(echt.headers['idempotency-replayed']).toBeUndefined();
  });

  it("runs the route's authorisation before a replay: a caller it no longer admits gets 404, not the stored answer", async () => {
    // Arrange
    const first = await post('consulent', 'key-na-overdracht');
    gemeenteVanDossier = '0014';
    // Act
    const replay = await post('consulent', 'key-na-overdracht');
    // Assert
    expect(first.status).toBe(200);
    expect(replay.status).toBe(404);
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('still replays to the same principal that is still admitted, without running the write again', async () => {
    const first = await post('consulent', 'key-zelfde');
    const replay = await post('consulent', 'key-zelfde');
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('refuses to build a write route that honours Idempotency-Key without its own authorisation', () => {
    expect(() =>
      httpHandler({ verifier, routes: { [`POST ${ROUTE}`]: route({ handle: async () => ({ status: 200 }) }) } }),
    ).toThrow(/needs autoriseer/);
  });
});

describe('an abandoned in-progress record', () => {
  it("expires shortly after the function's deadline instead of answering 409 for 24 hours", async () => {
    // Arrange: a clock we move, and a claim whose function died with 10 s left
    let nu = Date.parse('2026-11-29T08:00:00Z');
    const store = dynamoIdempotencyStore(dynamo.client, TABEL, () => nu);
    await store.begin('verlaten', 'f', { bezigTot: nu + 15_000 });
    // Act
    nu += 5_000;
    const terwijlBezig = await store.begin('verlaten', 'f', { bezigTot: nu + 15_000 }).catch((e: unknown) => e);
    nu += 20_000;
    const daarna = await store.begin('verlaten', 'f', { bezigTot: nu + 15_000 });
    // Assert
    expect(terwijlBezig).toMatchObject({ status: 409 });
    expect(daarna).toEqual({ kind: 'new' });
  });
});
