import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { createPublisher } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
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

describe('fault injection: PutEvents', () => {
  it('a failed entry of a verwijzing: 500, the verwijzing is not kept, and the same Idempotency-Key works again', async () => {
    // Arrange
    const id = await metToestemming();
    const headers = { 'idempotency-key': `fout-${id}` };
    const kapot = o.maakHandler({ publisher: bestaatNiet() });
    // Act
    const mislukt = await roep(kapot, {
      method: 'POST',
      routePath: VERWIJZINGEN,
      params: { id },
      body: WMO,
      token: begeleider,
      headers,
    });
    const leeg = await lijst(id);
    const opnieuw = await roep(o.handler, {
      method: 'POST',
      routePath: VERWIJZINGEN,
      params: { id },
      body: WMO,
      token: begeleider,
      headers,
    });
    // Assert
    expect(mislukt.status).toBe(500);
    expect(mislukt.body.type).toMatch(/interne-fout$/);
    expect(leeg).toEqual([]);
    expect(opnieuw.status).toBe(201);
    expect(await lijst(id)).toEqual([expect.objectContaining({ verwijzingId: opnieuw.body.verwijzingId })]);
  });

  it('an unreachable EventBridge for a signaal: 500 and the signaal is not kept', async () => {
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
    expect(res.status).toBe(500);
    const koppel = await roep(o.handler, {
      method: 'POST',
      routePath: VERWIJZINGEN,
      params: { id },
      body: { ...WMO, signaalId },
      token: begeleider,
    });
    expect(koppel.body.type).toMatch(/signaal-onbekend$/);
  });

  it('a failed entry of a lifecycle step: 500 and the status stays as it was', async () => {
    // Arrange
    const id = await metToestemming();
    const { verwijzingId } = (
      await roep(o.handler, { method: 'POST', routePath: VERWIJZINGEN, params: { id }, body: WMO, token: begeleider })
    ).body;
    const partner = await o.token('inkomensconsulent', { gemeenten: ['0361'] });
    // Act
    const res = await roep(o.maakHandler({ publisher: bestaatNiet() }), {
      method: 'POST',
      routePath: `${VERWIJZINGEN}/{verwijzingId}/acceptatie`,
      params: { id, verwijzingId },
      token: partner,
    });
    // Assert
    expect(res.status).toBe(500);
    expect(await lijst(id)).toEqual([expect.objectContaining({ verwijzingId, status: 'verstuurd' })]);
  });
});
