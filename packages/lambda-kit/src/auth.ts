import { type DeploymentConfig, type Issuer, PROFIELEN } from '@wegwijs/profielen';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { systemClock } from './clock';
import { Unauthorized } from './errors';
import { claimFout, claimsSchema, type Principal } from './principal';

export const AUDIENCE = 'wegwijs';
/** Asymmetric algorithms only: never `none`, never a shared secret. */
export const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];
const CLOCK_TOLERANCE_SECONDS = 30;
/**
 * The longest bearer token read at all (characters). A token is about 1 KiB; API Gateway's HTTP API caps the request
 * line and headers at 10 KiB, so a longer one is an attack or a mistake: 401 before any parsing.
 */
export const MAX_TOKEN_LENGTE = 8 * 1024;

/**
 * The ids of the organisations that do MB in a deployment: its uitvoeringsorganisaties, and every gemeente that its
 * own profile assigns to itself (in-house MB, e.g. Heerenveen). Staff of uitvoering roles must carry one as `org`.
 */
export function uitvoeringsorganisatiesVan(config: Pick<DeploymentConfig, 'gemeenten' | 'organisaties'>): string[] {
  const ids = new Set(config.organisaties.filter((o) => o.soort === 'uitvoeringsorganisatie').map((o) => o.id));
  for (const cbs of config.gemeenten) {
    for (const d of PROFIELEN.get(cbs)?.doelgroepen ?? [])
      if (d.uitvoeringsorganisatie) ids.add(d.uitvoeringsorganisatie);
  }
  return [...ids];
}

export interface TokenVerifier {
  verify(authorization: string | undefined): Promise<Principal>;
}

/**
 * Verifies bearer tokens against the JWKS of the deployment's trusted issuers (key sets cached per issuer), then the
 * claim rules of API.md (`claimFout`). `uitvoeringsorganisaties` (see `uitvoeringsorganisatiesVan`) are the org ids
 * an uitvoering role may carry; the HTTP handler always passes them from the deployment config.
 */
export function createTokenVerifier(
  issuers: readonly Issuer[],
  uitvoeringsorganisaties?: readonly string[],
): TokenVerifier {
  const bekendeOrganisaties = uitvoeringsorganisaties ? new Set(uitvoeringsorganisaties) : undefined;
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
      if ((authorization?.length ?? 0) > MAX_TOKEN_LENGTE + 'Bearer '.length + 2) {
        throw new Unauthorized('Het token is te groot.');
      }
      const match = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(authorization ?? '');
      if (!match?.[1]) throw new Unauthorized();
      const token = match[1];
      let iss: string | undefined;
      try {
        const header = decodeProtectedHeader(token);
        if (!header.alg || !ALGORITHMS.includes(header.alg))
          throw new Unauthorized('Dit algoritme van het token is niet toegestaan.');
        iss = decodeJwt(token).iss;
      } catch (e) {
        if (e instanceof Unauthorized) throw e;
        throw new Unauthorized('Het token is onleesbaar.');
      }
      const keySet = iss ? keySetFor(iss) : undefined;
      if (!iss || !keySet) throw new Unauthorized('De uitgever van het token is onbekend.');
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, keySet, {
          issuer: iss,
          audience: AUDIENCE,
          algorithms: ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          // The functions' clock (shifted on the local platform by `POST /dev/klok`), not the system's.
          currentDate: systemClock.now(),
          requiredClaims: ['exp', 'sub'],
        }));
      } catch {
        throw new Unauthorized('Het token is niet geldig (handtekening, geldigheidsduur, uitgever of audience).');
      }
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) throw new Unauthorized('De claims van het token zijn niet geldig.');
      const fout = claimFout(claims.data, bekendeOrganisaties);
      if (fout) throw new Unauthorized(`Claims van het token: ${fout}.`);
      return claims.data;
    },
  };
}
