import type { Issuer } from '@wegwijs/profielen';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { Unauthorized } from './errors';
import { claimsSchema, type Principal } from './principal';

export const AUDIENCE = 'wegwijs';
/** Asymmetric algorithms only: never `none`, never a shared secret. */
export const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];
const CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenVerifier {
  verify(authorization: string | undefined): Promise<Principal>;
}

/** Verifies bearer tokens against the JWKS of the deployment's trusted issuers. Key sets are cached per issuer. */
export function createTokenVerifier(issuers: readonly Issuer[]): TokenVerifier {
  const keySets = new Map<string, JWTVerifyGetKey>();
  const keySetFor = (iss: string): JWTVerifyGetKey | undefined => {
    const cached = keySets.get(iss);
    if (cached) return cached;
    const issuer = issuers.find((i) => i.iss === iss);
    if (!issuer) return undefined;
    const keySet = issuer.jwks
      ? createLocalJWKSet(issuer.jwks as Parameters<typeof createLocalJWKSet>[0])
      : issuer.jwksUri
        ? createRemoteJWKSet(new URL(issuer.jwksUri), { cooldownDuration: 30_000, cacheMaxAge: 600_000 })
        : undefined;
    if (keySet) keySets.set(iss, keySet);
    return keySet;
  };

  return {
    async verify(authorization) {
      const match = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(authorization ?? '');
      if (!match?.[1]) throw new Unauthorized();
      const token = match[1];
      let iss: string | undefined;
      try {
        const header = decodeProtectedHeader(token);
        if (!header.alg || !ALGORITHMS.includes(header.alg)) throw new Unauthorized('Token algorithm not allowed.');
        iss = decodeJwt(token).iss;
      } catch (e) {
        if (e instanceof Unauthorized) throw e;
        throw new Unauthorized('Malformed token.');
      }
      const keySet = iss ? keySetFor(iss) : undefined;
      if (!iss || !keySet) throw new Unauthorized('Unknown token issuer.');
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, keySet, {
          issuer: iss,
          audience: AUDIENCE,
          algorithms: ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch {
        throw new Unauthorized('Token is not valid (signature, lifetime, issuer or audience).');
      }
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) throw new Unauthorized('Token claims are not valid.');
      return claims.data;
    },
  };
}
