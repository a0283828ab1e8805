import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../src/handlers/http';

const ROUTE = '/v1/gemeenten/{cbs}/profiel';
let omgeving: TestOmgeving;

beforeAll(async () => {
  omgeving = await startTestOmgeving();
  gebruik(omgeving, 'profiel', false);
});
afterAll(() => omgeving.stop());

describe('GET /v1/gemeenten/{cbs}/profiel', () => {
  it('answers Groningen its own profile: 36 months from koppeling', async () => {
    // Arrange
    const token = await omgeving.token({
      sub: 'c1',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0014',
      gemeenten: ['0014'],
    });
    // Act
    const res = await roep(handler, { method: 'GET', routePath: ROUTE, params: { cbs: '0014' }, token });
    // Assert
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ cbs: '0014', naam: 'Groningen', looptijdMaanden: 36, startmoment: 'koppeling' });
  });

  it('lets the uitvoeringsorganisatie serving the gemeente read it', async () => {
    const token = await omgeving.token({
      sub: 'b1',
      rol: 'maatschappelijk-begeleider',
      org: 'inova',
      gemeenten: ['0383'],
    });
    const res = await roep(handler, { method: 'GET', routePath: ROUTE, params: { cbs: '0383' }, token });
    expect(res.status).toBe(200);
    expect(res.body.leefgebieden).toEqual(['financien', 'gezondheid', 'huisvesting', 'sociaal-netwerk']);
  });

  it('answers 404 for another gemeente and for an organisation that does not serve it', async () => {
    const consulent = await omgeving.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    const vreemdeOrg = await omgeving.token({
      sub: 'b2',
      rol: 'maatschappelijk-begeleider',
      org: 'humanitas',
      gemeenten: ['0518'],
    });
    const a = await roep(handler, { method: 'GET', routePath: ROUTE, params: { cbs: '0014' }, token: consulent });
    const b = await roep(handler, { method: 'GET', routePath: ROUTE, params: { cbs: '0518' }, token: vreemdeOrg });
    const c = await roep(handler, { method: 'GET', routePath: ROUTE, params: { cbs: '9999' }, token: consulent });
    expect([a.status, b.status, c.status]).toEqual([404, 404, 404]);
    expect(a.headers['content-type']).toBe('application/problem+json');
  });

  it('answers 401 problem+json without a token', async () => {
    const res = await roep(handler, { method: 'GET', routePath: ROUTE, params: { cbs: '0014' } });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ status: 401, type: expect.stringContaining('niet-geauthenticeerd') });
  });

  it('serves /health without a token', async () => {
    const res = await roep(handler, { method: 'GET', routePath: '/health' });
    expect(res).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});

describe('GET /v1/openapi.json', () => {
  it('describes every route of the contract with its request schema', async () => {
    const res = await roep(handler, { method: 'GET', routePath: '/v1/openapi.json' });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    // Paths are relative to the server `/v1` (the major version); /health lives at the root
    expect(res.body.servers).toEqual([expect.objectContaining({ url: '/v1' })]);
    const aanmelding = res.body.paths['/aanmeldingen'].post;
    expect(aanmelding.responses['201'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Inburgeraar',
    });
    expect(res.body.components.schemas.Inburgeraar.properties).toHaveProperty('inburgeraarId');
    expect(aanmelding.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(res.body.paths['/inburgeraars/{id}/voortgang'].get).toBeDefined();
    expect(res.body.paths['/health'].servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(res.body.paths['/begeleiding/bellijst'].get.parameters).toContainEqual(
      expect.objectContaining({ name: 'gemeente', in: 'query', required: true }),
    );
  });
});
