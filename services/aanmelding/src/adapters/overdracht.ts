import { webcrypto } from 'node:crypto';
import {
  OVERDRACHT_GELDIG_SECONDEN,
  OVERDRACHT_TYP,
  type Overdracht,
  overdracht as overdrachtSchema,
} from '@wegwijs/contracts';
import { DomainRuleViolation, HttpError } from '@wegwijs/lambda-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';
import { createLocalJWKSet, decodeJwt, type JWK, jwtVerify, SignJWT } from 'jose';

/** Moves between deployments: sends a signed hand-over, and verifies one received. */
export interface OverdrachtPoort {
  verstuur(url: string, overdracht: Overdracht): Promise<void>;
  /** The hand-over in a JWS from a configured sender, checked; 401 / 422 otherwise. */
  verifieer(jws: string): Promise<Overdracht>;
}

class NietGeauthenticeerd extends HttpError {
  constructor(detail: string) {
    super(401, 'niet-geauthenticeerd', 'Unauthorized', detail);
  }
}

/**
 * The real port. The signing key is this deployment's private JWK (EC P-256) in the secret named in
 * WEGWIJS_VERHUIZING_SLEUTEL, read through the Parameters and Secrets extension at the first hand-over (as the
 * portaal's key); the receivers list its public half in their `verhuizing.afzenders`.
 */
export function overdrachtPoort(config: DeploymentConfig, env: NodeJS.ProcessEnv = process.env): OverdrachtPoort {
  let sleutel: Promise<{ key: webcrypto.CryptoKey; kid?: string }> | undefined;
  return {
    async verstuur(url, overdracht) {
      sleutel ??= leesSleutel(env);
      const { key, kid } = await sleutel;
      const jws = await new SignJWT({ ...overdracht })
        .setProtectedHeader({ alg: 'ES256', typ: OVERDRACHT_TYP, ...(kid ? { kid } : {}) })
        .setIssuer(config.naam)
        .setAudience(url)
        .setJti(overdracht.verhuizingId)
        .setIssuedAt()
        .setExpirationTime(`${OVERDRACHT_GELDIG_SECONDEN}s`)
        .sign(key);
      const res = await fetch(`${url.replace(/\/$/, '')}/v1/verhuizingen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ overdracht: jws }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`the hand-over ${overdracht.verhuizingId} was refused (${res.status})`);
    },
    async verifieer(jws) {
      let iss: string | undefined;
      try {
        iss = decodeJwt(jws).iss;
      } catch {
        throw new NietGeauthenticeerd('The hand-over is not a JWS.');
      }
      const afzender = config.verhuizing?.afzenders?.find((a) => a.naam === iss);
      if (!afzender || !config.url) throw new NietGeauthenticeerd('The hand-over comes from no known deployment.');
      let claims: Record<string, unknown>;
      try {
        const uitkomst = await jwtVerify(jws, createLocalJWKSet(afzender.jwks as { keys: JWK[] }), {
          issuer: afzender.naam,
          audience: config.url,
          typ: OVERDRACHT_TYP,
          algorithms: ['ES256'],
          maxTokenAge: `${OVERDRACHT_GELDIG_SECONDEN}s`,
        });
        claims = uitkomst.payload as Record<string, unknown>;
      } catch {
        throw new NietGeauthenticeerd('The signature of the hand-over does not verify.');
      }
      const { iss: _iss, aud: _aud, jti: _jti, iat: _iat, exp: _exp, ...inhoud } = claims;
      const gelezen = overdrachtSchema.safeParse(inhoud);
      if (!gelezen.success)
        throw new DomainRuleViolation('The hand-over does not have its shape.', 'overdracht-ongeldig');
      const o = gelezen.data;
      if (!afzender.gemeenten.includes(o.van)) {
        throw new DomainRuleViolation(
          `Deployment ${afzender.naam} does not serve gemeente ${o.van}.`,
          'gemeente-onbekend',
        );
      }
      if (!config.gemeenten.includes(o.naar)) {
        throw new DomainRuleViolation(`This deployment does not serve gemeente ${o.naar}.`, 'gemeente-onbekend');
      }
      return o;
    },
  };
}

async function leesSleutel(env: NodeJS.ProcessEnv): Promise<{ key: webcrypto.CryptoKey; kid?: string }> {
  const secretId = env.WEGWIJS_VERHUIZING_SLEUTEL;
  if (!secretId) throw new Error('WEGWIJS_VERHUIZING_SLEUTEL is not set');
  const poort = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  const res = await fetch(`http://localhost:${poort}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`, {
    headers: { 'x-aws-parameters-secrets-token': env.AWS_SESSION_TOKEN ?? '' },
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`the hand-over key could not be read (${res.status})`);
  const { SecretString } = (await res.json()) as { SecretString?: string };
  const {
    kid,
    alg: _alg,
    use: _use,
    ...jwk
  } = JSON.parse(SecretString ?? '{}') as webcrypto.JsonWebKey & {
    kid?: string;
    use?: string;
  };
  const key = await webcrypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  return { key, ...(kid ? { kid } : {}) };
}
