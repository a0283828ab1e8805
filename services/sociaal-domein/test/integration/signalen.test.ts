import { SignaalGeregistreerd } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailVan, type Opstelling, startOpstelling } from './opstelling';

const ROUTE = '/v1/inburgeraars/{id}/signalen';
const SIGNAAL = {
  datum: '2026-02-10',
  soort: 'psychisch',
  urgentie: 'midden',
  toelichting: 'Slaapt slecht, piekert veel.',
};
let o: Opstelling;
let inburgeraarId: string;
let begeleider: string;

beforeAll(async () => {
  o = await startOpstelling();
  inburgeraarId = await o.aanmelden('0518', 'vluchtelingenwerk');
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0518'] });
});
afterAll(() => o.omgeving.stop());

const post = (
  token: string | undefined,
  body: unknown = SIGNAAL,
  id = inburgeraarId,
  headers?: Record<string, string>,
) =>
  roep(o.handler, {
    method: 'POST',
    routePath: ROUTE,
    params: { id },
    body,
    ...(token ? { token } : {}),
    ...(headers ? { headers } : {}),
  });

describe('POST /v1/inburgeraars/{id}/signalen', () => {
  it('registers the signaal of the assigned organisation and sends it to the consent broker only', async () => {
    // Arrange
    const ontvangen = o.omgeving.bus.waitFor('toestemming', SignaalGeregistreerd.detailType);
    // Act
    const res = await post(begeleider);
    // Assert
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ signaalId: expect.any(String) });
    const e = detailVan(await ontvangen);
    expect(e.meta).toMatchObject({ categorie: 'signalen', inburgeraarId, gemeente: '0518' });
    expect(e.meta.actor).toMatchObject({ org: 'vluchtelingenwerk', rol: 'maatschappelijk-begeleider' });
    expect(e.data).toMatchObject({ signaalId: res.body.signaalId, soort: 'psychisch' });
  });

  it('answers 400 for an unknown field and a wrong code, naming the field', async () => {
    const a = await post(begeleider, { ...SIGNAAL, diagnose: 'x' });
    const b = await post(begeleider, { ...SIGNAAL, soort: 'verslaving' });
    expect([a.status, b.status]).toEqual([400, 400]);
    expect(a.body.errors).toEqual([{ path: '/', message: 'unknown field: diagnose' }]);
    expect(b.body.errors[0].path).toBe('soort');
  });

  it('answers 401 without a token and with an expired one', async () => {
    const verlopen = await o.omgeving.token({
      sub: 'b',
      rol: 'maatschappelijk-begeleider',
      org: 'vluchtelingenwerk',
      gemeenten: ['0518'],
      ttlSeconden: -3600,
    });
    expect((await post(undefined)).status).toBe(401);
    expect((await post(verlopen)).status).toBe(401);
  });

  it('answers 403 to gemeente roles and the inburgeraar: only the assigned organisation signals', async () => {
    const consulent = await o.token('inburgeringsconsulent', { gemeenten: ['0518'] });
    const zelf = await o.token('inburgeraar', { sub: inburgeraarId });
    const a = await post(consulent);
    const b = await post(zelf);
    expect([a.status, b.status]).toEqual([403, 403]);
    expect(a.body.type).toMatch(/geen-toegang$/);
  });

  it('answers 404 to another organisation, another gemeente and an unknown inburgeraar', async () => {
    const humanitas = await o.token('maatschappelijk-begeleider', { org: 'humanitas', gemeenten: ['0518'] });
    const elders = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0599'] });
    const consulentElders = await o.token('inburgeringsconsulent', { gemeenten: ['0014'] });
    const statussen = [
      (await post(humanitas)).status,
      (await post(elders)).status,
      (await post(consulentElders)).status,
      (await post(begeleider, SIGNAAL, 'bestaat-niet')).status,
    ];
    expect(statussen).toEqual([404, 404, 404, 404]);
  });

  it('replays a repeat with the same Idempotency-Key: same signaalId, one event', async () => {
    // Arrange
    const headers = { 'idempotency-key': `sig-${inburgeraarId}` };
    const voor = o.gepubliceerd.length;
    // Act
    const eerste = await post(begeleider, SIGNAAL, inburgeraarId, headers);
    const tweede = await post(begeleider, SIGNAAL, inburgeraarId, headers);
    const anders = await post(begeleider, { ...SIGNAAL, urgentie: 'hoog' }, inburgeraarId, headers);
    // Assert
    expect(eerste.status).toBe(201);
    expect(tweede).toMatchObject({ status: 201, body: eerste.body, headers: { 'idempotency-replayed': 'true' } });
    expect(anders.status).toBe(422);
    expect(o.gepubliceerd.length - voor).toBe(1);
  });
});
