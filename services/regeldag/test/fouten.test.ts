import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { conditieFout, putEventsFaalt, putItemFaalt, relayNu, roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventsVan, type Opzet, zetOp } from './support';

/**
 * Fault injection on the real SDK clients, on the one write path: a failed PutEvents after the write does not fail the
 * acknowledged request; the event stays on the regeldag item and the relay publishes it exactly once (with the id it
 * was written with). A conditional write that keeps losing answers 409 having changed nothing.
 */
let o: Opzet;
beforeAll(async () => {
  o = await zetOp();
});
afterAll(() => o.omgeving.stop());

const isVerborgen = (body: unknown) =>
  !/InternalFailure|arn:aws|PublishError|at \w+ \(|\.ts:\d+/.test(JSON.stringify(body));

describe('a failing PutEvents', () => {
  it('on planning: 201, and the relay publishes RegeldagGepland once', async () => {
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
    const res = await roep(o.handler, verzoek);
    spion.restore();
    await o.omgeving.bus.idle();
    const voorRelay = eventsVan(o.gezien, id, 'RegeldagGepland.v1').length;
    const gerelayed = await relayNu(o.omgeving, 'regeldag');
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(201);
    expect(voorRelay).toBe(0);
    expect(gerelayed).toBe(1);
    expect(eventsVan(o.gezien, id, 'RegeldagGepland.v1')).toHaveLength(1);
  });

  it('on a checklist update: 200, and the same request again publishes PraktischeZaakBijgewerkt once', async () => {
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
    const eerste = await roep(o.handler, verzoek);
    spion.restore();
    const opnieuw = await roep(o.handler, verzoek);
    await relayNu(o.omgeving, 'regeldag');
    await o.omgeving.bus.idle();
    expect(eerste.status).toBe(200);
    expect(opnieuw.status).toBe(200);
    expect(eventsVan(o.gezien, id, 'PraktischeZaakBijgewerkt.v1').map((e) => e.data)).toMatchObject([
      { item: 'zorgtoeslag', status: 'geregeld' },
    ]);
  });
});

describe('a conditional write that keeps losing', () => {
  it('answers 409 problem+json and the checklist is unchanged', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    const token = await o.token('maatschappelijk-begeleider', ['0518'], 'vluchtelingenwerk');
    await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/regeldag',
      params: { id },
      body: { datum: '2026-03-12' },
      token,
    });
    const voor = await roep(o.handler, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/regeldag',
      params: { id },
      token,
    });
    const fout = putItemFaalt(conditieFout);
    // Act
    const res = await roep(o.handler, {
      method: 'PATCH',
      routePath: '/v1/inburgeraars/{id}/regeldag/checklist/{item}',
      params: { id, item: 'zorgtoeslag' },
      body: { status: 'geregeld' },
      token,
    });
    fout.restore();
    const na = await roep(o.handler, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/regeldag',
      params: { id },
      token,
    });
    // Assert
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(isVerborgen(res.body)).toBe(true);
    expect(na.body).toEqual(voor.body);
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
