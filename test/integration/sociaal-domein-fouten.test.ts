import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { VerwijzingVerstuurd } from '@wegwijs/contracts';
import { eventBridgeClient } from '@wegwijs/lambda-kit';
import { relayNu, roep } from '@wegwijs/test-helpers';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lambdaClient } from '../../services/sociaal-domein/src/adapters/beslispunt';
import { type Opstelling, startOpstelling } from '../../services/sociaal-domein/test/integration/opstelling';

// Fault injection with aws-sdk-client-mock on the very clients the sociaal-domein handlers use (the shared Lambda
// client of the decision point, the kit's shared EventBridge client); everything else runs against dynalite.
const VERWIJZINGEN = '/v1/inburgeraars/{id}/verwijzingen';
const WMO = { naar: 'wmo', toelichting: 'Hulp bij aanvraag.' };
let o: Opstelling;
let begeleider: string;
// biome-ignore lint/suspicious/noExplicitAny: the stub's client type differs per SDK client
let stub: AwsStub<any, any, any> | undefined;

beforeAll(async () => {
  o = await startOpstelling();
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0599'] });
});
afterEach(() => {
  stub?.restore();
  stub = undefined;
});
afterAll(() => o.omgeving.stop());

async function metToestemming() {
  const id = await o.aanmelden('0599', 'vluchtelingenwerk');
  o.toestemmingen.set(id, [
    { toestemmingId: `t-${id}`, gemeente: '0599', categorieen: ['verwijzing'], expliciet: true },
  ]);
  return id;
}
const verwijs = (id: string) =>
  roep(o.handler, { method: 'POST', routePath: VERWIJZINGEN, params: { id }, body: WMO, token: begeleider });
const lijst = async (id: string) =>
  (await roep(o.handler, { method: 'GET', routePath: VERWIJZINGEN, params: { id }, token: begeleider })).body.items;
const verstuurdVoor = (id: string) =>
  o.naarBroker.filter(
    (e) =>
      e['detail-type'] === VerwijzingVerstuurd.detailType &&
      (e.detail as { meta: { inburgeraarId: string } }).meta.inburgeraarId === id,
  );

describe('sociaal-domein fault injection: Lambda Invoke of the decision point', () => {
  it('a rejected invoke (network): 503 without internals, no verwijzing stored, nothing sent', async () => {
    // Arrange
    const id = await metToestemming();
    stub = mockClient(lambdaClient());
    stub
      .onAnyCommand()
      .rejects(Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:443'), { name: 'TimeoutError' }));
    // Act
    const res = await verwijs(id);
    stub.restore();
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|10\.0\.0\.7/);
    expect(await lijst(id)).toEqual([]);
    expect(verstuurdVoor(id)).toEqual([]);
  });

  it('a FunctionError of the broker: 503, no verwijzing stored, nothing sent', async () => {
    const id = await metToestemming();
    stub = mockClient(lambdaClient());
    stub.onAnyCommand().resolves({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: new TextEncoder().encode(JSON.stringify({ errorType: 'Error', errorMessage: 'boom' })),
    });
    const res = await verwijs(id);
    stub.restore();
    await o.omgeving.bus.idle();
    expect(res.status).toBe(503);
    expect(res.body.type).toMatch(/beslispunt-onbereikbaar$/);
    expect(await lijst(id)).toEqual([]);
    expect(verstuurdVoor(id)).toEqual([]);
  });
});

describe('sociaal-domein fault injection: PutEvents after the write (the one write path)', () => {
  it('a failed entry: 201, the permitted verwijzing is kept and the relay sends it once', async () => {
    // Arrange
    const id = await metToestemming();
    stub = mockClient(eventBridgeClient());
    stub
      .on(PutEventsCommand)
      .resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'x' }] });
    // Act
    const res = await verwijs(id);
    stub.restore();
    const gerelayed = await relayNu(o.omgeving, 'sociaal-domein');
    const nogmaals = await relayNu(o.omgeving, 'sociaal-domein');
    // Assert
    expect(res.status).toBe(201);
    expect(await lijst(id)).toEqual([expect.objectContaining({ verwijzingId: res.body.verwijzingId })]);
    // the write's two events: VerwijzingVerstuurd and its RegietellingenBijgewerkt (verwijzingen verstuurd)
    expect(gerelayed).toBe(2);
    expect(nogmaals).toBe(0);
  });

  it('a throwing PutEvents for a signaal: 201, the signaal is kept and the relay sends it', async () => {
    const id = await metToestemming();
    stub = mockClient(eventBridgeClient());
    stub.on(PutEventsCommand).rejects(new Error('ServiceUnavailable'));
    const res = await roep(o.maakHandler({ nieuwId: () => `sig-${id}` }), {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/signalen',
      params: { id },
      body: { datum: '2026-02-02', soort: 'wonen', urgentie: 'laag', toelichting: 'Schimmel.' },
      token: begeleider,
    });
    stub.restore();
    const gerelayed = await relayNu(o.omgeving, 'sociaal-domein');
    expect(res.status).toBe(201);
    expect(gerelayed).toBe(1);
  });
});
