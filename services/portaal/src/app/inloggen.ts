import { timingSafeEqual } from 'node:crypto';
import { type Inlogdienst, InlogFout } from '../adapters/oidc';
import type { SessieStore } from '../adapters/sessies';
import { doorsturen } from './antwoorden';
import { cookie, wisCookie } from './cookies';
import type { Antwoord, PortaalDeps, Verzoek } from './deps';

const INLOG_SECONDEN = 600;
const ID = /^[A-Za-z0-9_-]{20,100}$/;
const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

type Tokens = Awaited<ReturnType<Inlogdienst['voltooi']>>;

/** What a session of any audience keeps: its CSRF token, and the ID token as the hint of the logout. */
export interface BasisSessie {
  csrf: string;
  idToken?: string;
  verlooptOp: number;
}

/**
 * One audience's sign-in (Mijn Wegwijs, the regie pages, and the pages to come): its path (the scope of its cookies),
 * its cookie names, its session store and sign-in service, and how a completed sign-in becomes its session. The flow
 * (PKCE secrets server-side, a random attempt id, the session id in an HttpOnly cookie, logout at the provider) is the
 * same for all and lives only here.
 */
export interface Publiek<S extends BasisSessie> {
  pad: '/mijn' | '/regie';
  sessieCookie: string;
  inlogCookie: string;
  sessies(deps: PortaalDeps): SessieStore<S>;
  inlog(deps: PortaalDeps): Inlogdienst;
  /** The session of a completed sign-in, or undefined when this user may not have one here. */
  sessieUit(tokens: Tokens, csrf: string, verlooptOp: number): S | undefined;
}

export interface Ingelogd<S extends BasisSessie> {
  sessieId: string;
  sessie: S;
}

const koek = (p: Publiek<BasisSessie>, naam: string, waarde: string, maxAge: number) =>
  cookie(naam, waarde, maxAge, p.pad);

/** Starts a sign-in: the attempt's secrets in the session table, a random id in a cookie, the browser to the IdP. */
export async function beginInloggen<S extends BasisSessie>(deps: PortaalDeps, p: Publiek<S>): Promise<Antwoord> {
  const poging = await p.inlog(deps).begin();
  const id = deps.willekeurig();
  await p.sessies(deps).bewaarInlog(id, {
    state: poging.state,
    codeVerifier: poging.codeVerifier,
    nonce: poging.nonce,
    verlooptOp: epoch(deps.nu()) + INLOG_SECONDEN,
  });
  return doorsturen(poging.url, [koek(p, p.inlogCookie, id, INLOG_SECONDEN)]);
}

/**
 * The IdP's callback: the attempt is used once; a refused or failed sign-in ends on `<pad>?fout=inloggen`; a user
 * who may not have a session here gets `geweigerd()`; otherwise a new session and its cookie.
 */
export async function terugVanInlog<S extends BasisSessie>(
  deps: PortaalDeps,
  p: Publiek<S>,
  req: Verzoek,
  geweigerd: () => Antwoord,
): Promise<Antwoord> {
  const id = req.cookies.get(p.inlogCookie);
  const wis = wisCookie(p.inlogCookie, p.pad);
  const poging = id && ID.test(id) ? await p.sessies(deps).neemInlog(id, epoch(deps.nu())) : undefined;
  if (!poging || req.query.has('error')) return doorsturen(`${p.pad}?fout=inloggen`, [wis]);
  let tokens: Tokens;
  try {
    tokens = await p.inlog(deps).voltooi(req.query.toString(), poging);
  } catch (e) {
    if (e instanceof InlogFout) return doorsturen(`${p.pad}?fout=inloggen`, [wis]);
    throw e;
  }
  const sessie = p.sessieUit(tokens, deps.willekeurig(), epoch(deps.nu()) + tokens.verlooptOver);
  if (!sessie) {
    const antwoord = geweigerd();
    return { ...antwoord, cookies: [wis] };
  }
  const sessieId = deps.willekeurig();
  await p.sessies(deps).bewaarSessie(sessieId, sessie);
  return doorsturen(p.pad, [wis, koek(p, p.sessieCookie, sessieId, tokens.verlooptOver)]);
}

/** The signed-in session of a request, if any (the cookie's id, looked up unexpired). */
export async function sessieVan<S extends BasisSessie>(
  deps: PortaalDeps,
  p: Publiek<S>,
  req: Verzoek,
): Promise<Ingelogd<S> | undefined> {
  const sessieId = req.cookies.get(p.sessieCookie);
  if (!sessieId || !ID.test(sessieId)) return undefined;
  const sessie = await p.sessies(deps).leesSessie(sessieId, epoch(deps.nu()));
  return sessie ? { sessieId, sessie } : undefined;
}

/**
 * Signs out here and at the provider (RP-initiated logout): the next person at a shared computer who clicks
 * "Inloggen" must present their own credential; the provider sends the browser back to `<pad>?uitgelogd=1`.
 */
export async function uitloggen<S extends BasisSessie>(
  deps: PortaalDeps,
  p: Publiek<S>,
  ingelogd: Ingelogd<S>,
): Promise<Antwoord> {
  await p.sessies(deps).verwijderSessie(ingelogd.sessieId);
  const bijProvider = await p.inlog(deps).uitlogUrl(ingelogd.sessie.idToken);
  return doorsturen(bijProvider ?? `${p.pad}?uitgelogd=1`, [wisCookie(p.sessieCookie, p.pad)]);
}

/** The session ended at the API (401): gone here too, and the browser back to sign in. */
export async function sessieVerlopen<S extends BasisSessie>(
  deps: PortaalDeps,
  p: Publiek<S>,
  ingelogd: Ingelogd<S>,
): Promise<Antwoord> {
  await p.sessies(deps).verwijderSessie(ingelogd.sessieId);
  return doorsturen(`${p.pad}?fout=sessie`, [wisCookie(p.sessieCookie, p.pad)]);
}

/** Every POST carries the session's CSRF token (compared in constant time). */
export function csrfKlopt(csrf: string, form: URLSearchParams): boolean {
  const a = Buffer.from(csrf);
  const b = Buffer.from(form.get('csrf') ?? '');
  return a.length === b.length && timingSafeEqual(a, b);
}
