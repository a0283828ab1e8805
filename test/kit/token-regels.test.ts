import { createTokenVerifier, MAX_TOKEN_LENGTE, Unauthorized } from '@wegwijs/lambda-kit';
import { createDevIssuer, type DevIssuer } from '@wegwijs/local-kit';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';

// Finding 5 and 6 of issue 10: the claim rules of API.md's "Tokens" and the size limit, as the kit enforces them.
const ISS = 'https://idp.regels.test/';
const UITVOERINGSORGANISATIES = ['vluchtelingenwerk', 'inova', 'gemeente-0074'];
let issuer: DevIssuer;
let verifier: ReturnType<typeof createTokenVerifier>;

beforeAll(async () => {
  issuer = await createDevIssuer({ iss: ISS });
  verifier = createTokenVerifier(
    [{ iss: ISS, jwks: issuer.jwks as { keys: Record<string, unknown>[] } }],
    UITVOERINGSORGANISATIES,
  );
});

type Claims = Parameters<DevIssuer['mint']>[0];
const verify = async (claims: Claims) =>
  verifier.verify(`Bearer ${await issuer.mint(claims)}`).catch((e: unknown) => e);

describe('token claims follow API.md', () => {
  it.each<[string, Claims]>([
    ['a staff token without org', { sub: 's1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] }],
    ['an uitvoering token without org', { sub: 's2', rol: 'maatschappelijk-begeleider', gemeenten: ['0518'] }],
    [
      'a gemeente role of an uitvoeringsorganisatie',
      { sub: 's3', rol: 'inburgeringsconsulent', org: 'vluchtelingenwerk', gemeenten: ['0518'] },
    ],
    [
      'a gemeente role of another gemeente than its gemeenten',
      { sub: 's4', rol: 'beleidsmedewerker', org: 'gemeente-0014', gemeenten: ['0518'] },
    ],
    [
      'a gemeente role with a malformed org',
      { sub: 's5', rol: 'wmo-consulent', org: 'gemeente-', gemeenten: ['0518'] },
    ],
    [
      'an uitvoering role of an organisation the deployment does not know',
      { sub: 's6', rol: 'teamleider', org: 'onbekende-stichting', gemeenten: ['0518'] },
    ],
    [
      'an uitvoering role of a gemeente that does not run MB itself',
      { sub: 's7', rol: 'vrijwilliger', org: 'gemeente-0518', gemeenten: ['0518'] },
    ],
    ['an inburgeraar token with org', { sub: 'ib-1', rol: 'inburgeraar', org: 'gemeente-0518' }],
  ])('refuses %s with 401', async (_, claims) => {
    // Act
    const result = await verify(claims);
    // Assert
    expect(result).toBeInstanceOf(Unauthorized);
  });

  it.each<[string, Claims]>([
    [
      'gemeente staff of its own gemeente',
      { sub: 'g1', rol: 'inkomensconsulent', org: 'gemeente-0518', gemeenten: ['0518'] },
    ],
    ['the new wmo-consulent role', { sub: 'g2', rol: 'wmo-consulent', org: 'gemeente-0599', gemeenten: ['0599'] }],
    [
      'staff of a known uitvoeringsorganisatie',
      { sub: 'u1', rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] },
    ],
    [
      'staff of a gemeente that runs MB itself',
      { sub: 'u2', rol: 'teamleider', org: 'gemeente-0074', gemeenten: ['0074'] },
    ],
    ['an inburgeraar without org', { sub: 'ib-2', rol: 'inburgeraar' }],
  ])('accepts %s', async (_, claims) => {
    // Act
    const result = await verify(claims);
    // Assert
    expect(result).toMatchObject({ sub: claims.sub, rol: claims.rol });
  });
});

describe('token size', () => {
  it('refuses a validly signed token above the size limit with 401', async () => {
    // Arrange: a trusted issuer that signs whatever it is given, and a token of about 12 KiB
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'groot', alg: 'ES256' };
    const groot = createTokenVerifier([{ iss: ISS, jwks: { keys: [jwk] } }], UITVOERINGSORGANISATIES);
    const token = await new SignJWT({
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0518',
      gemeenten: ['0518', ...Array.from({ length: 1500 }, (_, i) => String(1000 + i))],
    })
      .setProtectedHeader({ alg: 'ES256', kid: 'groot' })
      .setIssuer(ISS)
      .setAudience('wegwijs')
      .setSubject('c1')
      .setExpirationTime('10m')
      .sign(privateKey);
    expect(token.length).toBeGreaterThan(MAX_TOKEN_LENGTE);
    // Act
    const result = await groot.verify(`Bearer ${token}`).catch((e: unknown) => e);
    // Assert
    expect(result).toBeInstanceOf(Unauthorized);
    expect((result as Unauthorized).detail).toMatch(/te groot/);
  });
});
