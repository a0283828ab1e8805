import type { DeploymentConfig } from '@wegwijs/profielen';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { abonnementenTabel } from '../src/tabel';

let o: TestOmgeving;
beforeAll(async () => {
  o = await startTestOmgeving({ tabellen: [abonnementenTabel] });
  gebruik(o, 'abonnementen');
  // A deployed configuration: the deployment names no loopback permission for callbacks.
  const { abonnementen: _lokaal, ...deployed } = o.config as DeploymentConfig;
  process.env.WEGWIJS_CONFIG = JSON.stringify({ ...deployed, url: 'https://wegwijs.example' });
});
afterAll(() => o.stop());

const handler = createHttpHandler(defaultDeps());
const abonneer = async (callbackUrl: string, token: string) =>
  roep(handler, {
    method: 'POST',
    routePath: '/v1/abonnementen',
    body: { callbackUrl, kanalen: ['voortgang'], geheim: 'een-geheim-van-zestien' },
    token,
  });

describe('POST /v1/abonnementen in a deployed configuration', () => {
  it.each([
    'http://127.0.0.1:4000/hook',
    'https://127.0.0.1/hook',
    'https://localhost/hook',
    'https://10.0.0.5/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hook',
    'http://93.184.216.34/hook',
  ])('refuses %s with 422 and stores nothing', async (url) => {
    const token = await o.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    const res = await abonneer(url, token);
    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/callback-niet-toegestaan$/);
    const lijst = await roep(handler, { method: 'GET', routePath: '/v1/abonnementen', token });
    expect(lijst.body.items).toEqual([]);
  });

  it('accepts https to a public address, never returns the secret, and keeps it to the organisation', async () => {
    const token = await o.token({ sub: 'c2', rol: 'beleidsmedewerker', gemeenten: ['0014'] });
    const res = await abonneer('https://93.184.216.34/hook', token);
    expect(res.status).toBe(201);
    expect(JSON.stringify(res.body)).not.toContain('een-geheim-van-zestien');
    const ander = await o.token({ sub: 'c3', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    const params = { id: res.body.abonnementId };
    expect(
      (await roep(handler, { method: 'GET', routePath: '/v1/abonnementen/{id}', params, token: ander })).status,
    ).toBe(404);
    expect(
      (await roep(handler, { method: 'DELETE', routePath: '/v1/abonnementen/{id}', params, token: ander })).status,
    ).toBe(404);
    const begeleider = await o.token({
      sub: 'b',
      rol: 'maatschappelijk-begeleider',
      org: 'humanitas',
      gemeenten: ['0014'],
    });
    expect((await abonneer('https://93.184.216.34/hook', begeleider)).status).toBe(403);
  });
});
