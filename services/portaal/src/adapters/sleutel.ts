import { webcrypto } from 'node:crypto';

type JsonWebKey = webcrypto.JsonWebKey;

/** The portaal's own signing key for `private_key_jwt`: its private half signs every client assertion. */
export interface ClientSleutel {
  key: webcrypto.CryptoKey;
  /** The `kid` of the public JWK registered at the OpenID Provider, sent in the assertion's header. */
  kid: string | undefined;
}

/**
 * Reads the portaal's private JWK (EC P-256 for ES256, or RSA for RS256) from the secret named in
 * WEGWIJS_PORTAAL_SLEUTEL, through the AWS Parameters and Secrets Lambda Extension's local HTTP endpoint
 * (localhost:PARAMETERS_SECRETS_EXTENSION_HTTP_PORT, 2773 by default; its token is the function's session token): no
 * SDK client in the bundle, and the read happens at the first sign-in, never at init. The local platform serves the
 * same endpoint with a key it generated and registered at its OpenID Provider, so this is also the local path.
 */
export async function leesClientSleutel(env: NodeJS.ProcessEnv = process.env): Promise<ClientSleutel> {
  const secretId = env.WEGWIJS_PORTAAL_SLEUTEL;
  if (!secretId) throw new Error('WEGWIJS_PORTAAL_SLEUTEL is not set');
  const poort = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  const res = await fetch(`http://localhost:${poort}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`, {
    headers: { 'x-aws-parameters-secrets-token': env.AWS_SESSION_TOKEN ?? '' },
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`the portaal's key could not be read (${res.status})`);
  const { SecretString } = (await res.json()) as { SecretString?: string };
  return importeerSleutel(JSON.parse(SecretString ?? '{}') as JsonWebKey & { kid?: string });
}

/** A private JWK as a non-extractable signing key. */
export async function importeerSleutel(jwk: JsonWebKey & { kid?: string }): Promise<ClientSleutel> {
  const algoritme =
    jwk.kty === 'EC' && jwk.crv === 'P-256'
      ? { name: 'ECDSA', namedCurve: 'P-256' }
      : jwk.kty === 'RSA'
        ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
        : undefined;
  if (!algoritme || !jwk.d) throw new Error("the portaal's key is not a private EC P-256 or RSA JWK");
  const { kid, alg: _alg, use: _use, key_ops: _ops, ...sleutel } = jwk as JsonWebKey & { kid?: string; use?: string };
  const key = await webcrypto.subtle.importKey('jwk', sleutel, algoritme, false, ['sign']);
  return { key, kid };
}
