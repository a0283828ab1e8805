import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BETROUWBAARHEIDSNIVEAUS, type DeploymentConfig, PROFIELEN } from '@wegwijs/profielen';
import type { JWK } from 'jose';
import Provider, { type Configuration, interactionPolicy } from 'oidc-provider';

/** The resource indicator of the Wegwijs API; access tokens for it carry `aud` = `wegwijs` (API.md, Tokens). */
export const WEGWIJS_RESOURCE = 'urn:wegwijs:api';
/** The one scope of that resource server. */
export const WEGWIJS_SCOPE = 'wegwijs';
export const LOKALE_PORTAAL_CLIENT = 'wegwijs-portaal';
/** The regie pages' client: staff (beleidsmedewerkers) sign in there with one of the development staff accounts. */
export const LOKALE_REGIE_CLIENT = 'wegwijs-regie';

/** A development staff account: its access tokens carry these claims (API.md, Tokens). Local only. */
export interface LokaleMedewerker {
  /** The account id and the token's `sub`, e.g. `beleidsmedewerker.gemeente-0518` (never a valid inburgeraarId). */
  sub: string;
  /** What the sign-in page shows, e.g. `Beleidsmedewerker, Gemeente Den Haag`. */
  label: string;
  rol: string;
  org: string;
  gemeenten: readonly string[];
}

/**
 * The development staff accounts of a deployment, built from its own configuration: a beleidsmedewerker for every
 * organisation of soort `gemeente`, and one for every samenwerkingsverband of its gemeenten (Zaffier) who sees all its
 * gemeenten side by side. A gemeente role's `org` is `gemeente-<cbs>` of one of its gemeenten (API.md): the
 * samenwerkingsverband's account carries its first gemeente's (Zaffier: Alkmaar).
 */
export function lokaleMedewerkers(config: Pick<DeploymentConfig, 'organisaties' | 'gemeenten'>): LokaleMedewerker[] {
  const perGemeente = config.organisaties
    .filter((o) => o.soort === 'gemeente')
    .map((o) => ({
      sub: `beleidsmedewerker.${o.id}`,
      label: `Beleidsmedewerker, ${o.naam} (${o.gemeenten.join(', ')})`,
      rol: 'beleidsmedewerker',
      org: o.id,
      gemeenten: [...o.gemeenten],
    }));
  const verbanden = new Map<string, string[]>();
  for (const cbs of config.gemeenten) {
    const verband = PROFIELEN.get(cbs)?.samenwerkingsverband;
    if (verband) verbanden.set(verband, [...(verbanden.get(verband) ?? []), cbs]);
  }
  const perVerband = [...verbanden]
    .filter(([, gemeenten]) => gemeenten.length > 1)
    .map(([verband, gemeenten]) => ({
      sub: `beleidsmedewerker.samenwerkingsverband-${verband.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      label: `Beleidsmedewerker, samenwerkingsverband ${verband} (${gemeenten.join(', ')})`,
      rol: 'beleidsmedewerker',
      org: `gemeente-${gemeenten[0]}`,
      gemeenten,
    }));
  return [...perVerband, ...perGemeente];
}

export interface LokaleOidcOptions {
  /** The issuer identifier, e.g. `http://127.0.0.1:3000/oidc`; the provider is mounted at its path. */
  issuer: string;
  /** The dev issuer's private signing key: the OP signs with the key served at /.well-known/jwks.json. */
  signingJwk: JWK;
  /**
   * The confidential clients (PKCE and `private_key_jwt` with the client's registered public key, as the NL GOV
   * profile asks of a web application; a public client is refused) with their exact redirect and post-logout URIs. An
   * inburgeraar client (the default) signs in by inburgeraarId and gets `rol` inburgeraar; a medewerker client signs in
   * as one of `medewerkers`.
   */
  clients: readonly {
    clientId: string;
    redirectUris: readonly string[];
    postLogoutRedirectUris: readonly string[];
    /** The client's public signing key(s) for its client assertions. */
    jwks: { keys: readonly JWK[] };
    soort?: 'inburgeraar' | 'medewerker';
  }[];
  /** The development staff accounts (see `lokaleMedewerkers`). */
  medewerkers?: readonly LokaleMedewerker[];
}

export interface LokaleOidc {
  readonly issuer: string;
  readonly mountPath: string;
  /** Handles a request whose path starts with the mount path. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

const ID_PATROON = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/**
 * The development OpenID Provider (local platform only, never deployed): authorization code with PKCE for the
 * portaal, a sign-in page that asks for the person's id (inburgeraarId), and JWT access tokens for the Wegwijs API
 * (`aud` wegwijs, `sub` the id, `rol` inburgeraar) signed with the dev issuer's key. For a medewerker client (the
 * regie pages) the sign-in page offers the development staff accounts instead, and their tokens carry `rol`, `org` and
 * `gemeenten`. An account signs in to clients of its own kind only: a session of the other kind asks to sign in again,
 * and a token of the wrong kind is never issued.
 */
export function createLokaleOidc(options: LokaleOidcOptions): LokaleOidc {
  const mountPath = new URL(options.issuer).pathname.replace(/\/$/, '');
  const medewerkers = new Map((options.medewerkers ?? []).map((m) => [m.sub, m]));
  const medewerkerClients = new Set(options.clients.filter((c) => c.soort === 'medewerker').map((c) => c.clientId));
  const vanMedewerker = (clientId: unknown) => medewerkerClients.has(String(clientId));
  const policy = interactionPolicy.base();
  policy.get('login')?.checks.add(
    new interactionPolicy.Check('ander_soort_account', 'the session belongs to an account of another kind', (ctx) => {
      const account = ctx.oidc.session?.accountId;
      return account !== undefined && medewerkers.has(account) !== vanMedewerker(ctx.oidc.client?.clientId)
        ? interactionPolicy.Check.REQUEST_PROMPT
        : interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }),
  );
  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: { keys: c.jwks.keys.map((k) => ({ ...k }) as never) },
      id_token_signed_response_alg: 'ES256',
      redirect_uris: [...c.redirectUris],
      post_logout_redirect_uris: [...c.postLogoutRedirectUris],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    clientAuthMethods: ['private_key_jwt'],
    // The levels a sign-in can reach here: the development sign-in page lets the tester pick one (DigiD's levels).
    acrValues: [...BETROUWBAARHEIDSNIVEAUS],
    jwks: { keys: [{ ...options.signingJwk, use: 'sig', alg: 'ES256' } as never] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: ['openid', WEGWIJS_SCOPE],
    claims: { openid: ['sub'] },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    interactions: { policy, url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // Logout at the provider (RP-initiated, with id_token_hint): the portaal sends the browser here on "Uitloggen".
      rpInitiatedLogout: { enabled: true, logoutSource: uitlogPagina, postLogoutSuccessSource: uitgelogdPagina },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => WEGWIJS_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resource) => {
          if (resource !== WEGWIJS_RESOURCE) throw new Error('unknown resource');
          return {
            scope: WEGWIJS_SCOPE,
            audience: 'wegwijs',
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== 'AccessToken' || !('accountId' in token)) return undefined;
      const medewerker = medewerkers.get(String(token.accountId));
      if (vanMedewerker(token.clientId) !== (medewerker !== undefined)) throw new Error('account of another kind');
      return medewerker
        ? { rol: medewerker.rol, org: medewerker.org, gemeenten: [...medewerker.gemeenten] }
        : { rol: 'inburgeraar' };
    },
    // ID tokens live five minutes (NL GOV profile 5.2.2); the portaal keeps one only as the hint of its logout here.
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60, IdToken: 300, AccessToken: 3600 },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = pagina('Inloggen mislukt', `<p>${ontsnap(String(out.error_description ?? out.error))}</p>`);
    },
  };
  const provider = new Provider(options.issuer, configuration);
  const callback = provider.callback();

  async function interactie(req: IncomingMessage, res: ServerResponse, rest: string): Promise<boolean> {
    const match = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec(rest);
    if (!match) return false;
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== match[1]) throw new Error('interaction mismatch');
    if (req.method === 'GET' && !match[2] && details.prompt.name === 'consent') {
      // A first-party client: what it asks (openid and the API scope) is granted without a consent page.
      const { missingOIDCScope, missingResourceScopes } = details.prompt.details as {
        missingOIDCScope?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session?.accountId, clientId: String(details.params.client_id) });
      if (!grant) throw new Error('grant not found');
      if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
      for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) {
        grant.addResourceScope(resource, scopes.join(' '));
      }
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return true;
    }
    const medewerker = vanMedewerker(details.params.client_id);
    if (req.method === 'GET' && !match[2]) {
      stuur(res, 200, medewerker ? medewerkerPagina(details.uid, medewerkers) : inlogPagina(details.uid, ''));
      return true;
    }
    if (req.method === 'POST' && match[2] && medewerker) {
      const velden = new URLSearchParams(await leesTekst(req));
      const account = velden.get('account') ?? '';
      if (!medewerkers.has(account)) {
        stuur(res, 400, medewerkerPagina(details.uid, medewerkers, 'Kies een van de accounts.'));
        return true;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account, acr: niveauVan(velden) } },
        { mergeWithLastSubmission: false },
      );
      return true;
    }
    if (req.method === 'POST' && match[2]) {
      const velden = new URLSearchParams(await leesTekst(req));
      const id = (velden.get('inburgeraarId') ?? '').trim();
      if (!ID_PATROON.test(id)) {
        stuur(res, 400, inlogPagina(details.uid, 'Vul een geldig nummer in (letters, cijfers, - of _).'));
        return true;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: id, acr: niveauVan(velden) } },
        { mergeWithLastSubmission: false },
      );
      return true;
    }
    return false;
  }

  return {
    issuer: options.issuer,
    mountPath,
    async handle(req, res) {
      const url = req.url ?? '/';
      const rest = url.slice(mountPath.length) || '/';
      try {
        if (await interactie(req, res, rest.split('?')[0] ?? '')) return;
      } catch {
        stuur(res, 400, pagina('Inloggen mislukt', '<p>Deze inlogpoging is verlopen. Begin opnieuw.</p>'));
        return;
      }
      Object.assign(req, { originalUrl: url, url: rest });
      callback(req, res);
    },
  };
}

function stuur(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  });
  res.end(html);
}

async function leesTekst(req: IncomingMessage): Promise<string> {
  const delen: Buffer[] = [];
  let grootte = 0;
  for await (const deel of req) {
    grootte += (deel as Buffer).length;
    if (grootte > 16 * 1024) throw new Error('body too large');
    delen.push(deel as Buffer);
  }
  return Buffer.concat(delen).toString('utf8');
}

const ontsnap = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function pagina(titel: string, inhoud: string, merk = 'DigiD (lokaal)'): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ontsnap(titel)} - ${ontsnap(merk)}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:1rem auto;padding:0 1rem;line-height:1.5}label,input,select,button{display:block;font-size:1rem}input,select{margin:.25rem 0 1rem;padding:.5rem;width:100%;box-sizing:border-box}.keuze{display:flex;gap:.5rem;align-items:flex-start}.keuze input{width:auto;margin:.3rem 0}fieldset{margin:0 0 1rem}button{padding:.5rem 1rem}:focus-visible{outline:3px solid #000;outline-offset:2px}.fout{color:#a00}</style></head><body><main><h1>${ontsnap(titel)}</h1>${inhoud}</main></body></html>`;
}

/**
 * The level of assurance of a development sign-in: what the tester picked (`niveau`), Substantieel by default, the
 * way DigiD's levels map to eIDAS. Picking a lower one shows that the portaal refuses it.
 */
const NIVEAUS = {
  basis: 'http://eidas.europa.eu/LoA/low',
  substantieel: 'http://eidas.europa.eu/LoA/substantial',
  hoog: 'http://eidas.europa.eu/LoA/high',
} as const;
const niveauVan = (velden: URLSearchParams): string =>
  NIVEAUS[(velden.get('niveau') ?? 'substantieel') as keyof typeof NIVEAUS] ?? NIVEAUS.substantieel;

const niveauKeuze = `<label for="niveau">Betrouwbaarheidsniveau (alleen lokaal)</label><select id="niveau" name="niveau"><option value="basis">Basis / Midden</option><option value="substantieel" selected>Substantieel</option><option value="hoog">Hoog</option></select>`;

/**
 * The logout page of the development OP: it signs out at once (the form posts itself) when scripts run, and offers
 * the button otherwise. Its own script nonce; forms go to this origin only.
 */
async function uitlogPagina(ctx: { body: unknown; set(h: string, v: string): void }, form: string): Promise<void> {
  const nonce = randomBytes(16).toString('base64url');
  ctx.set(
    'content-security-policy',
    `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; form-action 'self'`,
  );
  ctx.body = pagina(
    'Uitloggen',
    `<p>U wordt uitgelogd bij de lokale ontwikkel-IdP.</p>${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}<button type="submit" form="op.logoutForm">Uitloggen</button><script nonce="${nonce}">document.getElementById('op.logoutForm').submit()</script>`,
  );
}

async function uitgelogdPagina(ctx: { body: unknown }): Promise<void> {
  ctx.body = pagina('Uitgelogd', '<p>U bent uitgelogd.</p>');
}

function inlogPagina(uid: string, fout: string): string {
  return pagina(
    'Inloggen (lokale ontwikkel-DigiD)',
    `<p>Dit is de inlogpagina van de lokale ontwikkelomgeving. In productie logt u in met DigiD.</p>${
      fout ? `<p class="fout" role="alert" id="fout">${ontsnap(fout)}</p>` : ''
    }<form method="post" action="${ontsnap(uid)}/login"><label for="inburgeraarId">Uw inburgeraarnummer</label><input id="inburgeraarId" name="inburgeraarId" autocomplete="off" required${fout ? ' aria-describedby="fout"' : ''}>${niveauKeuze}<button type="submit">Inloggen</button></form>`,
  );
}

/** The staff sign-in of the development OP: pick one of the labelled development accounts (it exists only locally). */
function medewerkerPagina(uid: string, medewerkers: ReadonlyMap<string, LokaleMedewerker>, fout = ''): string {
  const keuzes = [...medewerkers.values()]
    .map(
      (m, i) =>
        `<div class="keuze"><input type="radio" name="account" id="account-${i}" value="${ontsnap(m.sub)}"${i === 0 ? ' required' : ''}><label for="account-${i}">${ontsnap(m.label)}</label></div>`,
    )
    .join('');
  return pagina(
    'Inloggen als medewerker (lokale ontwikkel-IdP)',
    `<p>Dit is de inlogpagina van de lokale ontwikkelomgeving. In productie logt u in bij de identity provider van uw gemeente. Kies een ontwikkelaccount; elk account heeft de rol, organisatie en gemeenten die erbij staan.</p>${
      fout ? `<p class="fout" role="alert" id="fout">${ontsnap(fout)}</p>` : ''
    }<form method="post" action="${ontsnap(uid)}/login"><fieldset><legend>Ontwikkelaccount</legend>${keuzes}</fieldset>${niveauKeuze}<button type="submit">Inloggen</button></form>`,
    'ontwikkel-IdP (lokaal)',
  );
}
