import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from '../support/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform({ logLevel: 'WARN' });
});
afterAll(() => p?.stop());

const DEN_HAAG = '0518';
const beleid = { sub: 'beleid-klok', rol: 'beleidsmedewerker', org: 'gemeente-0518', gemeenten: [DEN_HAAG] };
const devToken = async () => (await p.api('POST', '/dev/token', { body: beleid })).body.token as string;
/** The month every function sees now: the regie monitor's figures run up to it. */
const maandVanDeFuncties = async (token: string) => {
  const res = await p.api('GET', '/v1/regie/fasen', { token });
  expect(res.status).toBe(200);
  return res.body.tot as string;
};

describe('the local clock (POST/DELETE /dev/klok)', () => {
  it('sets the time every function sees and tokens are minted at, and resets it', async () => {
    // Arrange: a token of the system's time
    const echt = await devToken();
    const echteMaand = new Date().toISOString().slice(0, 7);
    expect(await maandVanDeFuncties(echt)).toBe(echteMaand);

    // Act: five years on
    const gezet = await p.api('POST', '/dev/klok', { body: { nu: '2031-05-01T12:00:00Z' } });

    // Assert: the functions live in May 2031; a token of the system's time has long expired there (jose checks its
    // lifetime against the same clock), and a token minted now is valid at that time
    expect(gezet).toMatchObject({ status: 200, body: { nu: '2031-05-01T12:00:00.000Z' } });
    expect((await p.api('GET', '/v1/regie/fasen', { token: echt })).status).toBe(401);
    const later = await devToken();
    expect(await maandVanDeFuncties(later)).toBe('2031-05');

    // Act: reset
    const herstel = await p.api('DELETE', '/dev/klok');

    // Assert: the system's time again
    expect(herstel.status).toBe(200);
    expect(await maandVanDeFuncties(await devToken())).toBe(echteMaand);
  });

  it('answers 400 problem+json to an instant it cannot read', async () => {
    for (const body of [{}, { nu: 'morgen' }, { nu: '2031-05-01' }, { nu: '2031-05-01T12:00:00Z', extra: 1 }]) {
      const res = await p.api('POST', '/dev/klok', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});
