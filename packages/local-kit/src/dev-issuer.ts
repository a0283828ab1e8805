import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ROLLEN } from '@wegwijs/contracts';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  SignJWT,
} from 'jose';
import * as z from 'zod/mini';

export const devTokenBody = z.strictObject({
  sub: z.string().check(z.minLength(1), z.maxLength(128)),
  rol: z.enum(ROLLEN),
  org: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  gemeenten: z.optional(z.array(z.string().check(z.regex(/^\d{4}$/)))),
  ttlSeconden: z.optional(z.int().check(z.gte(-86400 * 365), z.lte(86400 * 7))),
});
/** `POST /dev/klok` (local only): the instant every function sees from then on. */
export const devKlokBody = z.strictObject({ nu: z.iso.datetime({ offset: true }) });

export type DevTokenBody = z.infer<typeof devTokenBody>;

export interface DevIssuer {
  readonly iss: string;
  readonly jwks: JSONWebKeySet;
  /** The private signing key, for the local OpenID Provider only (it signs with the key of `jwks`). */
  readonly signingJwk: JWK;
  mint(claims: DevTokenBody & { aud?: string }): Promise<string>;
}

const ALG = 'ES256';

/**
 * The development token issuer of the local platform (never part of a deployed stack). Its key pair is kept in
 * `keyFile` when given, so that tokens survive a restart.
 */
export async function createDevIssuer(options: {
  iss: string;
  keyFile?: string;
  /** The time tokens are minted at (the local platform's clock, `POST /dev/klok`); default the system's. */
  nu?: () => Date;
}): Promise<DevIssuer> {
  const nu = options.nu ?? (() => new Date());
  let privateJwk: JWK;
  if (options.keyFile && existsSync(options.keyFile)) {
    privateJwk = JSON.parse(readFileSync(options.keyFile, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    privateJwk = await exportJWK(privateKey);
    privateJwk.kid = await calculateJwkThumbprint(privateJwk);
    if (options.keyFile) {
      mkdirSync(dirname(options.keyFile), { recursive: true });
      writeFileSync(options.keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  const { d: _private, ...publicJwk } = privateJwk;
  const key = await importJWK(privateJwk, ALG);
  return {
    iss: options.iss,
    jwks: { keys: [{ ...publicJwk, alg: ALG, use: 'sig' }] },
    signingJwk: privateJwk,
    async mint({ sub, rol, org, gemeenten, ttlSeconden = 3600, aud = 'wegwijs' }) {
      const now = Math.floor(nu().getTime() / 1000);
      return new SignJWT({ rol, ...(org ? { org } : {}), ...(gemeenten ? { gemeenten } : {}) })
        .setProtectedHeader({ alg: ALG, kid: privateJwk.kid ?? 'dev', typ: 'JWT' })
        .setIssuer(options.iss)
        .setAudience(aud)
        .setSubject(sub)
        .setIssuedAt(ttlSeconden < 0 ? now + ttlSeconden - 60 : now)
        .setExpirationTime(now + ttlSeconden)
        .sign(key);
    },
  };
}
