import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { createPublisher } from '@wegwijs/lambda-kit';
import { relayNu, roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaBeslispunt } from '../../src/adapters/beslispunt';
import { type Opstelling, startOpstelling } from './opstelling';

const VERWIJZINGEN = '/v1/inburgeraars/{id}/verwijzingen';
const WMO = { naar: 'wmo', toelichting: 'Hulp bij aanvraag.' };
let o: Opstelling;
let begeleider: string;

beforeAll(async () => {
  o = await startOpstelling();
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'inova', gemeenten: ['0361'] });
  o.omgeving.aws.registerFunction('beslissing-kapot', async () => {
    throw new Error('tabel toestemming onbereikbaar: geheime details');
  });
  o.omgeving.aws.registerFunction('beslissing-onzin', async () => ({ besluit: 'misschien' }));
});
afterAll(() => o.omgeving.stop());

async function metToestemming() {
  const id = await o.aanmelden('0361', 'inova');
  o.toestemmingen.set(id, [
    { toestemmingId: `t-${id}`, gemeente: '0361', categorieen: ['verwijzing'], expliciet: true },
  ]);
  return id;
}
const lijst = async (id: string) =>
  (await roep(o.handler, { method: 'GET', routePath: VERWIJZINGEN, params: { id }, token: begeleider })).body.items;
const bestaatNiet = () => createPublisher({ busName: 'bestaat-niet' });

describe('fault injection: the decision point', () => {
  const gevallen = {
    'a function error': () => lambdaBeslispunt({ functie: 'beslissing-kapot' }),
    'an answer outside the contract': () => lambdaBeslispunt({ functie: 'beslissing-onzin' }),
    'an unknown function': () => lambdaBeslispunt({ functie: 'bestaat-niet' }),
    'a network failure': () =>
      lambdaBeslispunt({
        functie: 'toestemming-beslissing',
        client: new LambdaClient({ endpoint: 'http://127.0.0.1:9', region: 'eu-west-1', maxAttempts: 1 }),
      }),
  };
  for (const [naam, beslispunt] of Object.entries(gevallen)) {
    it(`answers 503 without internals on ${naam}, and stores and sends nothing`, async () => {
      // Arrange
      const id = await metToestemming();
      const handler = o.maakHandler({ beslispunt: beslispunt() });
      const voor = o.gepubliceerd.length;
      // Act
      const res = await roep(handler, {
        method: 'POST',
        routePath: VERWIJZINGEN,
        params: { id },
        body: WMO,
        token: begeleider,
      });
      // Assert
      expect(res.status).toBe(503);
      expect(res.body.type).toMatch(/beslispunt-onbereikbaar$/);
      expect(JSON.stringify(res.body)).not.toMatch(/geheime|tabel|stack|Error/);
      expect(o.gepubliceerd.length).toBe(voor);
      expect(await lijst(id)).toEqual([]);
    });
  }
});

/** Every event the relay publishes, counted per id (a duplicate keeps its id). */
const relay = () => relayNu(o.omgeving, 'sociaal-domein');
const gepubliceerdVan = (detailType: string, veld: string, waarde: string) =>
  o.naarBroker.filter(
    (e) => e['detail-type'] === detailType && (e.detail as { data: Record<string, unknown> }).data[veld] === waarde,
  );

describe('fault injection: PutEvents after the write (the one write path)', () => {
  it('a failed entry of a verwijzing: 201, the verwijzing is kept with its event, and the relay sends it once', async () => {
    // Arrange
    const id = await metToestemming();
    const kapot = o.maakHandler({ publisher: bestaatNiet() });
    // Act
    const res = await roep(kapot, {
      method: 'POST',
      routePath: VERWIJZINGEN,
      params: { id },
      body: WMO,
      token: begeleider,
    });
    await o.omgeving.bus.idle();
    const voorRelay = gepubliceerdVan('VerwijzingVerstuurd.v1', 'verwijzingId', res.body.verwijzingId).length;
    const eerste = await relay();
    const tweede = await relay();
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(201);
    expect(await lijst(id)).toEqual([expect.objectContaining({ verwijzingId: res.body.verwijzingId })]);
    expect(voorRelay).toBe(0);
    expect(eerste).toBeGreaterThanOrEqual(1);
    expect(tweede).toBe(0);
    expect(gepubliceerdVan('VerwijzingVerstuurd.v1', 'verwijzingId', res.body.verwijzingId)).toHaveLength(1);
  });

  it('an unreachable EventBridge for a signaal: 201, the signaal is kept, and the relay sends it', async () => {
    const id = await metToestemming();
    const publisher = createPublisher({
      busName: o.omgeving.bus.busName,
      client: new EventBridgeClient({ endpoint: 'http://127.0.0.1:9', region: 'eu-west-1', maxAttempts: 1 }),
    });
    const signaalId = `sig-${id}`;
    const res = await roep(o.maakHandler({ publisher, nieuwId: () => signaalId }), {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/signalen',
      params: { id },
      body: { datum: '2026-02-02', soort: 'wonen', urgentie: 'laag', toelichting: 'Schimmel.' },
      token: begeleider,
    });
    await relay();
    await o.omgeving.bus.idle();
    expect(res.status).toBe(201);
    expect(gepubliceerdVan('SignaalGeregistreerd.v1', 'signaalId', signaalId)).toHaveLength(1);
    const koppel = await roep(o.handler, {
      method: 'POST',
      routePath: VERWIJZINGEN,
      params: { id },
      body: { ...WMO, signaalId },
      token: begeleider,
    });
    expect(koppel.status).toBe(201);
  });

  it('a failed entry of a lifecycle step: 200, the new status is kept and the relay sends its event', async () => {
    // Arrange
    const id = await metToestemming();
    const { verwijzingId } = (
      await roep(o.handler, { method: 'POST', routePath: VERWIJZINGEN, params: { id }, body: WMO, token: begeleider })
    ).body;
    const partner = await o.token('wmo-consulent', { gemeenten: ['0361'] });
    // Act
    const res = await roep(o.maakHandler({ publisher: bestaatNiet() }), {
      method: 'POST',
      routePath: `${VERWIJZINGEN}/{verwijzingId}/acceptatie`,
      params: { id, verwijzingId },
      token: partner,
    });
    const gerelayed = await relay();
    const nogmaals = await relay();
    // Assert
    expect(res.status).toBe(200);
    expect(await lijst(id)).toEqual([expect.objectContaining({ verwijzingId, status: 'geaccepteerd' })]);
    // VerwijzingAfgerond and the RegietellingenBijgewerkt (uitkomst geaccepteerd) of the same write
    expect(gerelayed).toBe(2);
    expect(nogmaals).toBe(0);
  });
});
