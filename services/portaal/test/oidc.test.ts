import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLokaleOidc,
  LOKALE_PORTAAL_CLIENT,
  WEGWIJS_RESOURCE,
  WEGWIJS_SCOPE,
} from '@wegwijs/local-kit/oidc-provider';
import type { InlogClient, Issuer } from '@wegwijs/profielen';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Inlogdienst, InlogFout, oidcInlogdienst } from '../src/adapters/oidc';
import { importeerSleutel } from '../src/adapters/sleutel';

/** An EC P-256 key pair as JWKs, the way a deployment holds the portaal's key (private) and registers it (public). */
function sleutelpaar(kid: string) {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    publiek: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' },
    prive: { ...privateKey.export({ format: 'jwk' }), kid },
  };
}

const portaal = sleutelpaar('portaal-1');
const ander = sleutelpaar('portaal-1');
const SUBSTANTIEEL = 'http://eidas.europa.eu/LoA/substantial' as const;

let server: Server;
let basis: string;
let issuer: Issuer;
const inlog: InlogClient = {
  clientId: LOKALE_PORTAAL_CLIENT,
  resource: WEGWIJS_RESOURCE,
  scope: `openid ${WEGWIJS_SCOPE}`,
  acr: SUBSTANTIEEL,
};

/** The portaal's sign-in against the local OP, signing its client assertions with `prive`. */
const dienst = (prive: object = portaal.prive): Inlogdienst =>
  oidcInlogdienst(issuer, inlog, {
    lokaal: true,
    redirectUri: `${basis}/mijn/terug`,
    naUitloggen: `${basis}/mijn?uitgelogd=1`,
    sleutel: () => importeerSleutel(prive),
  });

/** A browser at the OP: a cookie jar and manual redirects, until the OP sends it back to the portaal's callback. */
class Browser {
  private readonly jar = new Map<string, string>();

  async ga(url: string, form?: Record<string, string>): Promise<{ url: string; html: string }> {
    let huidig = new URL(url);
    let body = form ? new URLSearchParams(form).toString() : undefined;
    for (let i = 0; i < 10; i++) {
      if (huidig.href.startsWith(`${basis}/mijn`)) return { url: huidig.href, html: '' };
      const res = await fetch(huidig, {
        method: body === undefined ? 'GET' : 'POST',
        redirect: 'manual',
        headers: {
          cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(body !== undefined ? { body } : {}),
      });
      for (const regel of res.headers.getSetCookie()) {
        const [paar = ''] = regel.split(';');
        const i = paar.indexOf('=');
        this.jar.set(paar.slice(0, i), paar.slice(i + 1));
      }
      const location = res.headers.get('location');
      if (!location) return { url: huidig.href, html: await res.text() };
      await res.arrayBuffer();
      huidig = new URL(location, huidig);
      body = undefined;
    }
    throw new Error('too many redirects');
  }

  /** Starts at the authorization URL, signs in on the OP's page as `id` at `niveau`; answers the callback URL. */
  async logIn(url: string, id: string, niveau = 'substantieel'): Promise<URL> {
    const pagina = await this.ga(url);
    const actie = /<form method="post" action="([^"]+)"/.exec(pagina.html)?.[1];
    if (!actie) throw new Error(`no sign-in form at ${pagina.url}`);
    return new URL((await this.ga(new URL(actie, pagina.url).href, { inburgeraarId: id, niveau })).url);
  }
}

beforeAll(async () => {
  const signing = sleutelpaar('op-1');
  let oidc: ReturnType<typeof createLokaleOidc> | undefined;
  server = createServer((req, res) => {
    if (oidc && req.url?.startsWith(oidc.mountPath)) void oidc.handle(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  oidc = createLokaleOidc({
    issuer: `${basis}/oidc`,
    signingJwk: signing.prive,
    clients: [
      {
        clientId: LOKALE_PORTAAL_CLIENT,
        redirectUris: [`${basis}/mijn/terug`],
        postLogoutRedirectUris: [`${basis}/mijn?uitgelogd=1`],
        jwks: { keys: [portaal.publiek] },
      },
    ],
  });
  issuer = { iss: `${basis}/oidc`, inburgeraarInlog: inlog };
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the portaal as a confidential OpenID Connect client (NL GOV profile)', () => {
  it('signs in with private_key_jwt at the level asked for, asking for the credential every time', async () => {
    // Arrange
    const d = dienst();
    const browser = new Browser();
    // Act
    const poging = await d.begin();
    const terug = await browser.logIn(poging.url, 'ib-oidc-1');
    const tokens = await d.voltooi(terug.search, poging);
    const tweede = await d.begin();
    const tweedePagina = await browser.ga(tweede.url);
    // Assert
    const gevraagd = new URL(poging.url).searchParams;
    expect(gevraagd.get('acr_values')).toBe(SUBSTANTIEEL);
    expect(gevraagd.get('prompt')).toBe('login');
    expect(gevraagd.get('max_age')).toBe('0');
    expect(gevraagd.get('redirect_uri')).toBe(`${basis}/mijn/terug`);
    expect(tokens.sub).toBe('ib-oidc-1');
    expect(tokens.claims).toMatchObject({ sub: 'ib-oidc-1', rol: 'inburgeraar' });
    // The same browser, with the OP's session still alive: the OP asks for the credential again.
    expect(tweedePagina.html).toContain('Uw inburgeraarnummer');
  });

  it('refuses an ID token below the level asked for (DigiD Basis where Substantieel is asked)', async () => {
    // Arrange
    const d = dienst();
    const poging = await d.begin();
    const terug = await new Browser().logIn(poging.url, 'ib-oidc-2', 'basis');
    // Act
    const voltooid = d.voltooi(terug.search, poging);
    // Assert
    await expect(voltooid).rejects.toThrow(InlogFout);
    await expect(voltooid).rejects.toThrow('level of assurance too low');
  });

  it('is refused by the provider with a client assertion signed by another key', async () => {
    // Arrange
    const goed = dienst();
    const poging = await goed.begin();
    const terug = await new Browser().logIn(poging.url, 'ib-oidc-3');
    // Act: the callback redeemed by a client whose assertion is signed with a key the provider does not know.
    const voltooid = dienst(ander.prive).voltooi(terug.search, poging);
    // Assert
    await expect(voltooid).rejects.toThrow(InlogFout);
    await expect(voltooid).rejects.toThrow('ResponseBodyError: invalid_client');
  });

  it('is refused by the provider as a public client (no client authentication)', async () => {
    // Arrange
    const poging = await dienst().begin();
    const terug = await new Browser().logIn(poging.url, 'ib-oidc-4');
    const publiek = await client.discovery(new URL(issuer.iss), LOKALE_PORTAAL_CLIENT, undefined, client.None(), {
      execute: [client.allowInsecureRequests],
    });
    const callback = new URL(`${basis}/mijn/terug${terug.search}`);
    // Act
    const redeem = client.authorizationCodeGrant(
      publiek,
      callback,
      { pkceCodeVerifier: poging.codeVerifier, expectedState: poging.state, expectedNonce: poging.nonce },
      { resource: WEGWIJS_RESOURCE },
    );
    // Assert
    await expect(redeem).rejects.toMatchObject({ error: 'invalid_client' });
  });

  it('logs out at the provider with the ID token as hint and the configured post-logout URI', async () => {
    // Arrange
    const d = dienst();
    const browser = new Browser();
    const poging = await d.begin();
    const tokens = await d.voltooi((await browser.logIn(poging.url, 'ib-oidc-5')).search, poging);
    // Act
    const url = new URL((await d.uitlogUrl(tokens.idToken)) ?? '');
    const pagina = await browser.ga(url.href);
    const form = /<form id="op\.logoutForm" method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(pagina.html);
    const velden = Object.fromEntries(
      [...(form?.[2] ?? '').matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const terug = await browser.ga(new URL(form?.[1] ?? '', pagina.url).href, velden);
    // Assert
    expect(url.pathname).toBe('/oidc/session/end');
    expect(url.searchParams.get('id_token_hint')).toBe(tokens.idToken);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${basis}/mijn?uitgelogd=1`);
    expect(terug.url).toBe(`${basis}/mijn?uitgelogd=1`);
    expect(await d.uitlogUrl(undefined)).toBeUndefined();
  });
});
