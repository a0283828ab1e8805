import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { putEventsFaalt, roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aanmeldingVoor, eventsVan, type Opzet, zetOp } from './support';

/**
 * Fault injection on the real SDK clients (PutEvents fails until restored; DynamoDB's send is replaced for one test).
 * A failed PutEvents must answer a 500 that reveals nothing, and must not lose the event: it stays on the item and the
 * retry publishes it.
 */
let o: Opzet;
beforeAll(async () => {
  o = await zetOp();
});
afterAll(() => o.omgeving.stop());

const isVerborgen = (body: unknown) => {
  const tekst = JSON.stringify(body);
  return !/InternalFailure|arn:aws|PublishError|at \w+ \(|\.ts:\d+/.test(tekst);
};

describe('a failing PutEvents', () => {
  it('answers 500 without internals, and the retry of the same request publishes the pending event once', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    const token = await o.token('inburgeringsconsulent', ['0518'], 'gemeente-0518');
    const verzoek = {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/woningtoewijzing',
      params: { id },
      body: { datum: '2026-03-10' },
      token,
    };
    const spion = putEventsFaalt();
    // Act
    const mislukt = await roep(o.handler, verzoek);
    spion.restore();
    const opnieuw = await roep(o.handler, verzoek);
    await o.omgeving.bus.idle();
    // Assert
    expect(mislukt.status).toBe(500);
    expect(mislukt.headers['content-type']).toBe('application/problem+json');
    expect(mislukt.body).toMatchObject({ status: 500, type: expect.stringMatching(/\/interne-fout$/) });
    expect(isVerborgen(mislukt.body)).toBe(true);
    expect(opnieuw.status).toBe(200);
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
    const mislukt = await roep(o.handler, verzoek);
    spion.restore();
    const opnieuw = await roep(o.handler, verzoek);
    await o.omgeving.bus.idle();
    // Assert
    expect(mislukt.status).toBe(500);
    expect(opnieuw.status).toBe(201);
    expect(opnieuw.body).toMatchObject({ gemeente: '0716', uitvoeringsorganisatie: 'gemeente-0716' });
    const geregistreerd = o.gezien.filter(
      (e) =>
        e['detail-type'] === 'AanmeldingGeregistreerd.v1' &&
        (e.detail as { meta: { gemeente: string } }).meta.gemeente === '0716',
    );
    expect(geregistreerd).toHaveLength(1);
    expect(eventsVan(o.gezien, opnieuw.body.inburgeraarId)).toHaveLength(1);
  });
});

describe('a failing DynamoDB', () => {
  it('answers 500 without the error message', async () => {
    vi.spyOn(DynamoDBClient.prototype, 'send').mockRejectedValue(
      Object.assign(new Error('Throughput exceeded for table wegwijs-test-aanmelding'), {
        name: 'ThrottlingException',
      }),
    );
    const res = await roep(o.handler, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}',
      params: { id: 'x' },
      token: await o.token('inburgeringsconsulent', ['0518'], 'gemeente-0518'),
    });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toMatch(/Throughput|wegwijs-test|Throttling/);
  });
});
