import { type InlogClient, type Issuer, voldoetAanNiveau } from '@wegwijs/profielen';
import * as client from 'openid-client';
import type { ClientSleutel } from './sleutel';

/**
 * A page's sign-in: OpenID Connect authorization code flow with PKCE (S256), the portaal a confidential client
 * authenticating with `private_key_jwt`, at the deployment's level of assurance, and always with the credential asked
 * again (`prompt=login`, `max_age=0` with `auth_time` checked): phones and library computers are shared.
 */
export interface Inlogdienst {
  /** A fresh attempt: the secrets to keep server-side, and the URL to send the browser to. */
  begin(): Promise<{ state: string; codeVerifier: string; nonce: string; url: string }>;
  /** The callback: checks state, PKCE, the ID token (nonce, auth_time, acr) and redeems the code. */
  voltooi(
    /** The callback's query string as received (code, state, iss). */
    query: string,
    poging: { state: string; codeVerifier: string; nonce: string },
  ): Promise<{
    accessToken: string;
    idToken: string;
    verlooptOver: number;
    sub: string;
    claims: Record<string, unknown>;
  }>;
  /**
   * Where to send the browser to sign out at the provider too (RP-initiated logout with `id_token_hint` and the
   * configured `post_logout_redirect_uri`); undefined when the provider has no end_session_endpoint or no ID token.
   */
  uitlogUrl(idToken: string | undefined): Promise<string | undefined>;
}

export class InlogFout extends Error {
  override name = 'InlogFout';
}

/**
 * The claims of a JWT access token, decoded and NOT verified: the portaal received it itself from the token endpoint
 * and uses its claims only to shape the page (which gemeenten to offer); the API verifies the token on every call.
 */
export function tokenClaims(token: string): Record<string, unknown> {
  try {
    const deel = token.split('.')[1] ?? '';
    const claims: unknown = JSON.parse(Buffer.from(deel, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export interface InlogOpties {
  /** Plain http only for the local platform's loopback issuer. */
  lokaal: boolean;
  /** The registered callback, from the deployment's configured url (never from a request). */
  redirectUri: string;
  /** The registered post-logout URI, from the deployment's configured url. */
  naUitloggen: string;
  /** The portaal's private key for the client assertion (read at the first sign-in). */
  sleutel: () => Promise<ClientSleutel>;
}

/**
 * Sign-in against an issuer the deployment names: for inburgeraars (`inburgeraarInlog`; a DigiD broker in production)
 * or staff (`medewerkerInlog`; the gemeente's IdP), the development OpenID Provider locally: the same code path.
 */
export function oidcInlogdienst(issuer: Issuer, inlog: InlogClient, opties: InlogOpties): Inlogdienst {
  let config: Promise<client.Configuration> | undefined;
  const configuratie = () => {
    config ??= opties
      .sleutel()
      .then(({ key, kid }) =>
        client.discovery(
          new URL(issuer.iss),
          inlog.clientId,
          undefined,
          client.PrivateKeyJwt(key, {
            [client.modifyAssertion]: (header) => {
              // The registered key's id, so the provider picks it among the client's keys.
              if (kid) header.kid = kid;
            },
          }),
          opties.lokaal ? { execute: [client.allowInsecureRequests] } : {},
        ),
      )
      .catch((e: unknown) => {
        config = undefined;
        throw e;
      });
    return config;
  };
  const resource: Record<string, string> = inlog.resource ? { resource: inlog.resource } : {};
  return {
    async begin() {
      const c = await configuratie();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(c, {
        redirect_uri: opties.redirectUri,
        scope: inlog.scope ?? 'openid',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        acr_values: inlog.acr,
        prompt: 'login',
        max_age: '0',
        ...resource,
      });
      return { state, codeVerifier, nonce, url: url.href };
    },
    async voltooi(query, poging) {
      const c = await configuratie();
      // The URL the browser was sent back to: the registered redirect URI with the callback's parameters.
      const callbackUrl = new URL(opties.redirectUri);
      callbackUrl.search = query;
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(
          c,
          callbackUrl,
          {
            pkceCodeVerifier: poging.codeVerifier,
            expectedState: poging.state,
            expectedNonce: poging.nonce,
            // max_age=0 was asked: the ID token must carry an auth_time of this very sign-in.
            maxAge: 0,
            idTokenExpected: true,
          },
          resource,
        );
      } catch (e) {
        // The error's name and the provider's OAuth error code (invalid_client, invalid_grant): never a token.
        const code = e instanceof client.ResponseBodyError ? `: ${e.error}` : '';
        throw new InlogFout(e instanceof Error ? `${e.name}${code}` : 'sign-in failed');
      }
      const claims = tokens.claims();
      // The NL GOV profile (4.3.3): the acr received is at least the level asked for, or the sign-in is refused.
      if (!claims || !voldoetAanNiveau(claims.acr, inlog.acr)) throw new InlogFout('level of assurance too low');
      if (!tokens.access_token || !tokens.id_token || !claims.sub) throw new InlogFout('no tokens or subject');
      return {
        accessToken: tokens.access_token,
        idToken: tokens.id_token,
        verlooptOver: tokens.expiresIn() ?? 900,
        sub: claims.sub,
        claims: tokenClaims(tokens.access_token),
      };
    },
    async uitlogUrl(idToken) {
      if (!idToken) return undefined;
      const c = await configuratie();
      if (!c.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(c, { id_token_hint: idToken, post_logout_redirect_uri: opties.naUitloggen })
        .href;
    },
  };
}
