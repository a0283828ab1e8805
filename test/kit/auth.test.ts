import { createTokenVerifier, Unauthorized } from '@wegwijs/lambda-kit';
import { createDevIssuer, type DevIssuer } from '@wegwijs/local-kit';
import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';

const ISS = 'https://idp.test/';
let issuer: DevIssuer;
let verifier: ReturnType<typeof createTokenVerifier>;
const claims = { sub: 'c1', rol: 'inburgeringsconsulent' as const, org: 'gemeente-0518', gemeenten: ['0518'] };
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

beforeAll(async () => {
  issuer = await createDevIssuer({ iss: ISS });
  verifier = createTokenVerifier([{ iss: ISS, jwks: issuer.jwks as { keys: Record<string, unknown>[] } }]);
});

const refused = async (authorization: string | undefined) => {
  const error = await verifier.verify(authorization).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Unauthorized);
};

describe('token verification', () => {
  it('accepts a token of a trusted issuer and yields a typed principal', async () => {
    const token = await issuer.mint(claims);
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(claims);
  });

  it('refuses a token signed by an unknown key with the trusted issuer name', async () => {
    const impostor = await createDevIssuer({ iss: ISS });
    await refused(`Bearer ${await impostor.mint(claims)}`);
  });

  it('refuses alg none', async () => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: ISS, aud: 'wegwijs', exp: now + 600 })}.`;
    await refused(`Bearer ${unsigned}`);
  });

  it('refuses a symmetric (HS256) token even with a plausible secret', async () => {
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISS)
      .setAudience('wegwijs')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('secret-secret-secret-secret-1234'));
    await refused(`Bearer ${token}`);
  });

  it('refuses an expired token beyond the clock skew', async () => {
    await refused(`Bearer ${await issuer.mint({ ...claims, ttlSeconden: -120 })}`);
  });

  it('refuses a token for another audience', async () => {
    await refused(`Bearer ${await issuer.mint({ ...claims, aud: 'other-app' })}`);
  });

  it('refuses an unknown issuer, a malformed token and a missing header', async () => {
    const stranger = await createDevIssuer({ iss: 'https://elsewhere.test/' });
    await refused(`Bearer ${await stranger.mint(claims)}`);
    await refused('Bearer not.a.jwt');
    await refused(undefined);
    await refused(`Basic ${Buffer.from('a:b').toString('base64')}`);
  });

  it('refuses a signed token whose claims are not valid (unknown role)', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const own = createTokenVerifier([{ iss: ISS, jwks: issuer.jwks as { keys: Record<string, unknown>[] } }]);
    const token = await new SignJWT({ rol: 'admin' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(ISS)
      .setAudience('wegwijs')
      .setSubject('x')
      .setExpirationTime('10m')
      .sign(privateKey);
    await expect(own.verify(`Bearer ${token}`)).rejects.toBeInstanceOf(Unauthorized);
    const wrongRole = await issuer.mint({ sub: 'ib-1', rol: 'inburgeraar' });
    await expect(own.verify(`Bearer ${wrongRole}`)).resolves.toMatchObject({ rol: 'inburgeraar' });
  });
});
