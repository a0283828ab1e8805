import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { conditieFout, putEventsFaalt, putItemFaalt, relayNu, roep, throttling } from '@wegwijs/test-helpers';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { aanmeldingVoor, eventsVan, type Opzet, zetOp } from './support';

/**
 * Fault injection on the real SDK clients, on the one write path: a failed PutEvents after the write does not fail an
 * acknowledged request (the events are stored with the state, and the relay publishes them); a conditional write
 * that keeps losing answers 409 having changed nothing; a throttled write answers 500 having stored nothing.
 */
let o: Opzet;
beforeAll(async () => {
  o = await zetOp();
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => o.omgeving.stop());

const isVerborgen = (body: unknown) =>
  !/InternalFailure|arn:aws|Throughput|wegwijs-test|at \w+ \(|\.ts:\d+/.test(JSON.stringify(body));

describe('a failing PutEvents after the write', () => {
  it('acknowledges the request and the relay publishes the stored event exactly once', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    const token = await o.token('inburgeringsconsulent', ['0518'], 'gemeente-0518');
    const spion = putEventsFaalt();
    // Act
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/woningtoewijzing',
      params: { id },
      body: { datum: '2026-03-10' },
      token,
    });
    spion.restore();
    await o.omgeving.bus.idle();
    const voorRelay = eventsVan(o.gezien, id, 'WoningToegewezen.v1').length;
    const eerste = await relayNu(o.omgeving, 'aanmelding');
    const tweede = await relayNu(o.omgeving, 'aanmelding');
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(200);
    expect(voorRelay).toBe(0);
    // WoningToegewezen and the RegietellingenBijgewerkt of the same write (koppeling--woningtoewijzing)
    expect(eerste).toBe(2);
    expect(tweede).toBe(0);
    expect(eventsVan(o.gezien, id, 'WoningToegewezen.v1')).toHaveLength(1);
  });

  it('lets an aanmelding with an Idempotency-Key be retried into one inburgeraar with one event', async () => {
    // Arrange
    const token = await o.token('inburgeringsconsulent', ['0716'], 'gemeente-0716');
    const verzoek = {
      method: 'POST',
      routePath: '/v1/aanmeldingen',
      body: aanmeldingVoor('0716'),
      token,
      headers: { 'idempotency-key': 'tholen-42' },
    };
    const spion = putEventsFaalt();
    // Act
    const eerste = await roep(o.handler, verzoek);
    spion.restore();
    const opnieuw = await roep(o.handler, verzoek);
    await relayNu(o.omgeving, 'aanmelding');
    await o.omgeving.bus.idle();
    // Assert
    expect(eerste.status).toBe(201);
    expect(opnieuw.status).toBe(201);
    expect(opnieuw.body.inburgeraarId).toBe(eerste.body.inburgeraarId);
    const ids = new Set(
      eventsVan(o.gezien, opnieuw.body.inburgeraarId).map((e) => (e.detail as { meta: { id: string } }).meta.id),
    );
    expect(ids.size).toBe(1);
  });
});

describe('a conditional write that keeps losing', () => {
  it('answers 409 problem+json after the retry policy, and nothing was stored', async () => {
    // Arrange
    const token = await o.token('inburgeringsconsulent', ['0599'], 'gemeente-0599');
    const fout = putItemFaalt(conditieFout);
    // Act
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/aanmeldingen',
      body: aanmeldingVoor('0599'),
      token,
    });
    fout.restore();
    const lijst = await roep(o.handler, {
      method: 'GET',
      routePath: '/v1/inburgeraars',
      token,
      query: 'gemeente=0599',
    });
    // Assert
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 409, type: expect.stringMatching(/\/gelijktijdig-gewijzigd$/) });
    expect(fout.pogingen()).toBeGreaterThan(1);
    expect(lijst.status === 200 ? lijst.body.items : []).toEqual([]);
  });
});

describe('a throttled DynamoDB', () => {
  it('answers 500 without the error message and stores nothing', async () => {
    // Arrange
    const token = await o.token('inburgeringsconsulent', ['0957'], 'gemeente-0957');
    const fout = putItemFaalt(throttling);
    // Act
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/aanmeldingen',
      body: aanmeldingVoor('0957'),
      token,
    });
    fout.restore();
    // Assert
    expect(res.status).toBe(500);
    expect(isVerborgen(res.body)).toBe(true);
    expect(o.gezien.filter((e) => (e.detail as { meta: { gemeente: string } }).meta.gemeente === '0957')).toEqual([]);
  });

  it('answers 500 on a failing read without the error message', async () => {
    vi.spyOn(DynamoDBClient.prototype, 'send').mockRejectedValue(throttling());
    const res = await roep(o.handler, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}',
      params: { id: 'x' },
      token: await o.token('inburgeringsconsulent', ['0518'], 'gemeente-0518'),
    });
    expect(res.status).toBe(500);
    expect(isVerborgen(res.body)).toBe(true);
  });
});
