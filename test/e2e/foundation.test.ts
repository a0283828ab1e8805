import { apiGatewayEvent } from '@wegwijs/local-kit';
import { lambdaContext } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from '../support/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const devToken = async (body: unknown) => {
  const res = await p.api('POST', '/dev/token', { body });
  expect(res.status).toBe(200);
  return res.body.token as string;
};
const groningenConsulent = {
  sub: 'consulent-1',
  rol: 'inburgeringsconsulent',
  org: 'gemeente-0014',
  gemeenten: ['0014'],
};

describe('the walking skeleton over HTTP', () => {
  it('serves /health without a token', async () => {
    const res = await p.api('GET', '/health');
    expect(res).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it("answers Groningen's profile to a Groningen consultant with a dev token", async () => {
    const token = await devToken(groningenConsulent);
    const res = await p.api('GET', '/v1/gemeenten/0014/profiel', { token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      cbs: '0014',
      looptijdMaanden: 36,
      startmoment: 'koppeling',
      uitvoeringsorganisatie: 'humanitas',
    });
  });

  it('answers 401 problem+json without a token and with an expired one', async () => {
    const expired = await devToken({ ...groningenConsulent, ttlSeconden: -3600 });
    for (const token of [undefined, expired, 'garbage']) {
      const res = await p.api('GET', '/v1/gemeenten/0014/profiel', token ? { token } : {});
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body).toMatchObject({ status: 401, title: 'Niet aangemeld' });
    }
  });

  it('answers 404 for a token of another gemeente', async () => {
    const token = await devToken({
      sub: 'c2',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0518',
      gemeenten: ['0518'],
    });
    const res = await p.api('GET', '/v1/gemeenten/0014/profiel', { token });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('publishes the JWKS, refuses a bad /dev/token body, and answers unknown routes with problem+json', async () => {
    const jwks = await p.api('GET', '/.well-known/jwks.json');
    expect(jwks.body.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256' });
    expect(jwks.body.keys[0].d).toBeUndefined();
    const bad = await p.api('POST', '/dev/token', { body: { sub: 'x', rol: 'koning' } });
    expect(bad.status).toBe(400);
    const unknown = await p.api('GET', '/v1/nergens');
    expect(unknown.status).toBe(404);
    const method = await p.api('DELETE', '/health');
    expect(method.status).toBe(405);
  });
});

describe('the local gateway and a direct API Gateway v2 event', () => {
  it('give the same response from the same handler export', async () => {
    // Arrange: the Lambda environment of the profiel function, as the platform gives it to its worker
    process.env.WEGWIJS_CONFIG = JSON.stringify(p.platform.config);
    const { handler } = await import('@wegwijs/profiel/handlers/http');
    const token = await p.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0383'] });
    const headers = { authorization: `Bearer ${token}`, 'x-correlation-id': 'same-1' };
    // Act
    const viaGateway = await p.api('GET', '/v1/gemeenten/0383/profiel', { token, headers });
    const direct = await handler(
      apiGatewayEvent({
        method: 'GET',
        routePath: '/v1/gemeenten/{cbs}/profiel',
        rawPath: '/v1/gemeenten/0383/profiel',
        pathParameters: { cbs: '0383' },
        headers,
      }),
      lambdaContext('profiel-http'),
    );
    // Assert
    expect(typeof direct === 'object' && direct.statusCode).toBe(viaGateway.status);
    expect(JSON.parse(typeof direct === 'object' ? (direct.body ?? '') : '')).toEqual(viaGateway.body);
    expect(viaGateway.headers.get('content-type')).toBe('application/json');
    expect(viaGateway.body).toMatchObject({ cbs: '0383', naam: 'Castricum', samenwerkingsverband: 'Zaffier' });
  });
});
