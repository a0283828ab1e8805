import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { putEventsFaalt, roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventsVan, type Opzet, zetOp } from './support';

/**
 * Fault injection on the real SDK clients (PutEvents fails until restored; DynamoDB's send is replaced for one test).
 * A failed PutEvents answers a 500 that reveals nothing, and the event is not lost: it stays on the regeldag item and
 * the retry publishes it.
 */
let o: Opzet;
beforeAll(async () => {
  o = await zetOp();
});
afterAll(() => o.omgeving.stop());

const isVerborgen = (body: unknown) =>
  !/InternalFailure|arn:aws|PublishError|at \w+ \(|\.ts:\d+/.test(JSON.stringify(body));

describe('a failing PutEvents', () => {
  it('on planning: 500 without internals, the retry answers 201 and publishes RegeldagGepland once', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    const token = await o.token('maatschappelijk-begeleider', ['0518'], 'vluchtelingenwerk');
    const verzoek = {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/regeldag',
      params: { id },
      body: { datum: '2026-03-12' },
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
    expect(mislukt.body).toMatchObject({ status: 500, type: expect.stringMatching(/\/interne-fout$/) });
    expect(isVerborgen(mislukt.body)).toBe(true);
    expect(opnieuw.status).toBe(201);
    expect(eventsVan(o.gezien, id, 'RegeldagGepland.v1')).toHaveLength(1);
  });

  it('on a checklist update: 500, and the retry publishes PraktischeZaakBijgewerkt once', async () => {
    const id = await o.meldAan('0518');
    const token = await o.token('maatschappelijk-begeleider', ['0518'], 'vluchtelingenwerk');
    await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/regeldag',
      params: { id },
      body: { datum: '2026-03-12' },
      token,
    });
    const verzoek = {
      method: 'PATCH',
      routePath: '/v1/inburgeraars/{id}/regeldag/checklist/{item}',
      params: { id, item: 'zorgtoeslag' },
      body: { status: 'geregeld' },
      token,
    };
    const spion = putEventsFaalt();
    const mislukt = await roep(o.handler, verzoek);
    spion.restore();
    const opnieuw = await roep(o.handler, verzoek);
    await o.omgeving.bus.idle();
    expect(mislukt.status).toBe(500);
    expect(isVerborgen(mislukt.body)).toBe(true);
    expect(opnieuw.status).toBe(200);
    expect(eventsVan(o.gezien, id, 'PraktischeZaakBijgewerkt.v1').map((e) => e.data)).toMatchObject([
      { item: 'zorgtoeslag', status: 'geregeld' },
    ]);
  });
});

describe('a failing DynamoDB', () => {
  it('answers 500 without the error message', async () => {
    vi.spyOn(DynamoDBClient.prototype, 'send').mockRejectedValue(
      Object.assign(new Error('Throughput exceeded for table wegwijs-test-regeldag'), { name: 'ThrottlingException' }),
    );
    const res = await roep(o.handler, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/regeldag',
      params: { id: 'x' },
      token: await o.token('maatschappelijk-begeleider', ['0518'], 'vluchtelingenwerk'),
    });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toMatch(/Throughput|wegwijs-test|Throttling/);
  });
});
