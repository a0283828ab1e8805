import { apiGatewayEvent } from '@wegwijs/local-kit';
import { describe, expect, it, vi } from 'vitest';
import type { Sessie } from '../src/adapters/sessies';
import type { WegwijsApi } from '../src/adapters/wegwijs-api';
import { createHttpHandler, verzoekVan } from '../src/handlers/http';
import { CATALOGI } from '../src/i18n/catalogi';
import { TALEN } from '../src/i18n/talen';
import { nepDeps } from './nep';

const SESSIE_ID = 's'.repeat(43);
const SESSIE: Sessie = { inburgeraarId: 'ib-1', accessToken: 'at', csrf: 'c'.repeat(43), verlooptOp: 4_000_000_000 };

function deps(api: Partial<WegwijsApi> = {}) {
  const n = nepDeps({ api, sessies: [[SESSIE_ID, SESSIE]] });
  return { d: n.d, sessies: n.inburgeraars.sessies, pogingen: n.inburgeraars.pogingen, inlog: n.inlog };
}

const event = (method: string, pad: string, opties: { cookie?: string; form?: string; query?: string } = {}) => {
  const e = apiGatewayEvent({
    method,
    routePath: '/mijn/{proxy+}',
    rawPath: pad,
    ...(opties.query ? { query: opties.query } : {}),
    headers: {
      host: 'api.wegwijs.example',
      ...(opties.form !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
  });
  return {
    ...e,
    ...(opties.cookie ? { cookies: [opties.cookie] } : {}),
    // API Gateway base64-encodes form bodies.
    ...(opties.form !== undefined ? { body: Buffer.from(opties.form).toString('base64'), isBase64Encoded: true } : {}),
  };
};

describe('the portaal handler', () => {
  it('reads base64 form bodies and the cookies array, and nothing of the Host header', () => {
    const v = verzoekVan(
      event('POST', '/mijn/toestemmingen', { cookie: `mw-sessie=${SESSIE_ID}`, form: 'a=1&b=%C3%A9' }),
    );
    expect(v).toMatchObject({ methode: 'POST' });
    if (v === 'te-groot') throw new Error('too large');
    expect(v).not.toHaveProperty('basis');
    expect(v.form.get('b')).toBe('é');
    expect(v.cookies.get('mw-sessie')).toBe(SESSIE_ID);
  });

  it('starts the sign-in: the PKCE secrets stay server-side, the browser gets a random attempt id and a redirect', async () => {
    const { d, pogingen } = deps();
    const res = await createHttpHandler(() => d)(event('GET', '/mijn/inloggen'));
    expect(res.statusCode).toBe(303);
    expect(res.headers?.location).toBe('https://idp.example/auth?x=1');
    expect(res.cookies).toEqual([
      `mw-inlog=${'r'.repeat(43)}; Path=/mijn; Max-Age=600; HttpOnly; Secure; SameSite=Lax`,
    ]);
    expect(pogingen.get('r'.repeat(43))).toMatchObject({ codeVerifier: 'cv', state: 'st', nonce: 'n' });
  });

  it('refuses a POST whose CSRF token is not the session one, and sends nothing to the API', async () => {
    const geefToestemming = vi.fn();
    const { d } = deps({ geefToestemming });
    const res = await createHttpHandler(() => d)(
      event('POST', '/mijn/toestemmingen', { cookie: `mw-sessie=${SESSIE_ID}`, form: 'csrf=fout&categorie=signalen' }),
    );
    expect(res.statusCode).toBe(403);
    expect(geefToestemming).not.toHaveBeenCalled();
  });

  it('switches the language only back to a page of its own (no open redirect)', async () => {
    const { d } = deps();
    const h = createHttpHandler(() => d);
    const goed = await h(event('GET', '/mijn/taal/fa', { query: 'terug=%2Fmijn%2Fverwerkingen' }));
    const kwaad = await h(event('GET', '/mijn/taal/fa', { query: 'terug=https%3A%2F%2Fevil.example%2F' }));
    const schuin = await h(event('GET', '/mijn/taal/fa', { query: 'terug=%2F%2Fevil.example' }));
    expect(goed.headers?.location).toBe('/mijn/verwerkingen');
    expect(goed.cookies).toEqual(['mw-taal=fa; Path=/mijn; Max-Age=31536000; HttpOnly; Secure; SameSite=Lax']);
    expect(kwaad.headers?.location).toBe('/mijn');
    expect(schuin.headers?.location).toBe('/mijn');
    expect((await h(event('GET', '/mijn/taal/xx'))).statusCode).toBe(404);
  });

  it("calls the API at the configured origin, whatever the request's Host and X-Forwarded-Host say", async () => {
    const { d } = deps();
    const api = vi.spyOn(d, 'api');
    const e = event('GET', '/mijn', { cookie: `mw-sessie=${SESSIE_ID}` });
    const vreemd = {
      ...e,
      headers: { ...e.headers, host: '127.0.0.1:9', 'x-forwarded-host': 'evil.example' },
      requestContext: { ...e.requestContext, domainName: 'evil.example' },
    };
    const res = await createHttpHandler(() => d)(vreemd);
    expect(res.statusCode).toBe(200);
    expect(api).toHaveBeenCalledWith('https://wegwijs.example', SESSIE);
  });

  it('signs out here and at the provider: the session is gone, the browser goes to its logout with the ID token', async () => {
    const n = nepDeps({ sessies: [[SESSIE_ID, { ...SESSIE, idToken: 'id-token' }]] });
    const res = await createHttpHandler(() => n.d)(
      event('POST', '/mijn/uitloggen', { cookie: `mw-sessie=${SESSIE_ID}`, form: `csrf=${SESSIE.csrf}` }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers?.location).toBe('https://idp.example/logout?id_token_hint=id-token');
    expect(res.cookies).toEqual(['mw-sessie=; Path=/mijn; Max-Age=0; HttpOnly; Secure; SameSite=Lax']);
    expect(n.inburgeraars.sessies.has(SESSIE_ID)).toBe(false);
  });

  it('ends a session whose token the API no longer accepts, and sends the person to sign in again', async () => {
    const { ApiFout } = await import('../src/adapters/wegwijs-api');
    const { d, sessies } = deps({
      dossier: async () => {
        throw new ApiFout(401, 'niet-geauthenticeerd');
      },
    });
    const res = await createHttpHandler(() => d)(event('GET', '/mijn', { cookie: `mw-sessie=${SESSIE_ID}` }));
    expect(res.statusCode).toBe(303);
    expect(res.headers?.location).toBe('/mijn?fout=sessie');
    expect(sessies.has(SESSIE_ID)).toBe(false);
  });

  it('serves the stylesheet for a year (its URL carries its hash) and pages never from a cache', async () => {
    const { d } = deps();
    const h = createHttpHandler(() => d);
    const css = await h(event('GET', '/mijn/stijl.css'));
    const pagina = await h(event('GET', '/mijn/formulier'));
    expect(css.headers).toMatchObject({
      'content-type': 'text/css; charset=utf-8',
      'cache-control': expect.stringContaining('immutable'),
    });
    expect(pagina.headers).toMatchObject({ 'cache-control': 'no-store', 'x-frame-options': 'DENY' });
    expect(pagina.headers?.['content-security-policy']).toContain("default-src 'none'");
    expect(pagina.body).toContain('toestemming-1-nl');
  });
});

describe('Mijn Wegwijs names the ground that applies to the person (API.md, "Privacy across the data\'s life")', () => {
  const dossier = (gemeente: string, doelgroep: 'asielstatushouder' | 'oudere' | 'gezinsmigrant') => async () => ({
    inburgeraarId: 'ib-1',
    gemeente,
    doelgroep,
    status: 'aangemeld' as const,
    uitvoeringsorganisatie: 'vluchtelingenwerk',
  });
  const pagina = async (d: ReturnType<typeof deps>['d'], pad: string, taal: string) => {
    const res = await createHttpHandler(() => d)(
      event('GET', pad, { cookie: `mw-sessie=${SESSIE_ID}; mw-taal=${taal}` }),
    );
    expect(res.statusCode).toBe(200);
    return String(res.body);
  };

  it.each(TALEN)(
    '%s: an oudere in Den Haag is told nothing is shared without consent, and no law allows it',
    async (taal) => {
      const { d } = deps({ dossier: dossier('0518', 'oudere') });
      const body = await pagina(d, '/mijn', taal);
      const t = CATALOGI[taal].berichten;
      expect(body).toContain('data-grond="geen"');
      expect(body).toContain(alsHtml(t['overzicht.niets']));
      expect(body).toContain(alsHtml(t['overzicht.buitenWet']));
      expect(body).not.toContain(alsHtml(t['overzicht.wet']));
      expect(body).not.toContain('id="cat-trajectstatus"');
    },
  );

  it.each(TALEN)('%s: an asielstatushouder is told the Wi2021 allows trajectstatus without consent', async (taal) => {
    const { d } = deps({ dossier: dossier('0518', 'asielstatushouder') });
    const body = await pagina(d, '/mijn', taal);
    expect(body).toContain('data-grond="wet"');
    expect(body).toContain(alsHtml(CATALOGI[taal].berichten['overzicht.wet']));
    expect(body).toContain('id="cat-trajectstatus"');
  });

  it('a gezinsmigrant in Rotterdam may consent to trajectstatus and praktische-zaken; an asielstatushouder is not asked', async () => {
    const buiten = await pagina(deps({ dossier: dossier('0599', 'gezinsmigrant') }).d, '/mijn/toestemmingen', 'nl');
    const binnen = await pagina(deps({ dossier: dossier('0599', 'asielstatushouder') }).d, '/mijn/toestemmingen', 'nl');
    expect(buiten).toContain('value="trajectstatus"');
    expect(buiten).toContain('value="praktische-zaken"');
    expect(binnen).not.toContain('value="trajectstatus"');
  });
});

/** The page's HTML escaping of a catalogue text (the texts hold no markup). */
const alsHtml = (tekst: string) =>
  tekst.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
