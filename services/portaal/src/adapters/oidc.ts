import type { InlogClient, Issuer } from '@wegwijs/profielen';
import * as client from 'openid-client';

/** A page's sign-in: OpenID Connect authorization code flow with PKCE (S256), a public client. */
export interface Inlogdienst {
  /** A fresh attempt: the secrets to keep server-side, and the URL to send the browser to. */
  begin(redirectUri: string): Promise<{ state: string; codeVerifier: string; nonce: string; url: string }>;
  /** The callback: checks state, PKCE and the ID token's nonce, and redeems the code for the access token. */
  voltooi(
    /** The callback's query string as received (code, state, iss). */
    query: string,
    redirectUri: string,
    poging: { state: string; codeVerifier: string; nonce: string },
  ): Promise<{ accessToken: string; verlooptOver: number; sub: string; claims: Record<string, unknown> }>;
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

/**
 * Sign-in against an issuer the deployment names: for inburgeraars (`inburgeraarInlog`; a DigiD broker in production)
 * or staff (`medewerkerInlog`; the gemeente's IdP), the development OpenID Provider locally. Plain http is allowed
 * only for the local platform's loopback issuer. `prompt: 'login'` asks the IdP to authenticate again, never to reuse
 * a session of someone else at a shared desk.
 */
export function oidcInlogdienst(
  issuer: Issuer,
  inlog: InlogClient,
  opties: { lokaal: boolean; prompt?: 'login' },
): Inlogdienst {
  let config: Promise<client.Configuration> | undefined;
  const configuratie = () => {
    config ??= client
      .discovery(new URL(issuer.iss), inlog.clientId, undefined, client.None(), {
        ...(opties.lokaal ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((e: unknown) => {
        config = undefined;
        throw e;
      });
    return config;
  };
  const resource: Record<string, string> = inlog.resource ? { resource: inlog.resource } : {};
  return {
    async begin(redirectUri) {
      const c = await configuratie();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(c, {
        redirect_uri: redirectUri,
        scope: inlog.scope ?? 'openid',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ...(opties.prompt ? { prompt: opties.prompt } : {}),
        ...resource,
      });
      return { state, codeVerifier, nonce, url: url.href };
    },
    async voltooi(query, redirectUri, poging) {
      const c = await configuratie();
      // The URL the browser was sent back to: the registered redirect URI with the callback's parameters.
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = query;
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(
          c,
          callbackUrl,
          { pkceCodeVerifier: poging.codeVerifier, expectedState: poging.state, expectedNonce: poging.nonce },
          resource,
        );
      } catch (e) {
        throw new InlogFout(e instanceof Error ? e.name : 'sign-in failed');
      }
      const sub = tokens.claims()?.sub;
      if (!tokens.access_token || !sub) throw new InlogFout('no access token or subject');
      return {
        accessToken: tokens.access_token,
        verlooptOver: tokens.expiresIn() ?? 900,
        sub,
        claims: tokenClaims(tokens.access_token),
      };
    },
  };
}
