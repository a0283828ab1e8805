import { apiGatewayEvent } from '@wegwijs/local-kit';
import { describe, expect, it, vi } from 'vitest';
import type { MedewerkerSessie, Sessie } from '../src/adapters/sessies';
import { ApiFout } from '../src/adapters/wegwijs-api';
import { createHttpHandler } from '../src/handlers/http';
import { nepDeps } from './nep';

const STAF_ID = 'm'.repeat(43);
const INB_ID = 'i'.repeat(43);
const STAF: MedewerkerSessie = {
  sub: 'beleidsmedewerker.gemeente-0518',
  rol: 'beleidsmedewerker',
  org: 'gemeente-0518',
  gemeenten: ['0518'],
  accessToken: 'staf-token',
  csrf: 'c'.repeat(43),
  verlooptOp: 4_000_000_000,
};
const INB: Sessie = { inburgeraarId: 'ib-1', accessToken: 'at', csrf: 'c'.repeat(43), verlooptOp: 4_000_000_000 };

const event = (method: string, pad: string, o: { cookie?: string; query?: string; form?: string } = {}) => {
  const e = apiGatewayEvent({
    method,
    routePath: pad.startsWith('/regie') ? '/regie/{proxy+}' : '/mijn/{proxy+}',
    rawPath: pad,
    ...(o.query ? { query: o.query } : {}),
    headers: {
      host: 'api.wegwijs.example',
      ...(o.form !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
  });
  return {
    ...e,
    ...(o.cookie ? { cookies: [o.cookie] } : {}),
    ...(o.form !== undefined ? { body: Buffer.from(o.form).toString('base64'), isBase64Encoded: true } : {}),
  };
};

const opGemeenten = (sessie: MedewerkerSessie = STAF) =>
  nepDeps({ medewerkerSessies: [[STAF_ID, sessie]], sessies: [[INB_ID, INB]] });

describe('staff sign-in on /regie', () => {
  it('starts at the staff IdP; the PKCE secrets stay server-side, the browser gets an attempt id scoped to /regie', async () => {
    const n = nepDeps();
    const res = await createHttpHandler(() => n.d)(event('GET', '/regie/inloggen'));
    expect(res.statusCode).toBe(303);
    expect(res.headers?.location).toBe('https://idp.example/auth?x=1');
    expect(n.medewerkerInlog.begin).toHaveBeenCalledOnce();
    expect(n.inlog.begin).not.toHaveBeenCalled();
    expect(res.cookies).toEqual([
      `rg-inlog=${'r'.repeat(43)}; Path=/regie; Max-Age=600; HttpOnly; Secure; SameSite=Lax`,
    ]);
    expect(n.medewerkers.pogingen.get('r'.repeat(43))).toMatchObject({ codeVerifier: 'cv', state: 'st' });
    expect(n.inburgeraars.pogingen.size).toBe(0);
  });

  it('makes a staff session from a staff token: role, organisation and gemeenten from its claims', async () => {
    const n = nepDeps({
      medewerkerClaims: { rol: 'beleidsmedewerker', org: 'gemeente-0361', gemeenten: ['0361', '0373'] },
    });
    await n.medewerkers.store.bewaarInlog('p'.repeat(43), {
      state: 'st',
      codeVerifier: 'cv',
      nonce: 'n',
      verlooptOp: 4e9,
    });
    const res = await createHttpHandler(() => n.d)(
      event('GET', '/regie/terug', { cookie: `rg-inlog=${'p'.repeat(43)}`, query: 'code=x&state=st' }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers?.location).toBe('/regie');
    expect(res.cookies).toContain(
      `rg-sessie=${'r'.repeat(43)}; Path=/regie; Max-Age=600; HttpOnly; Secure; SameSite=Lax`,
    );
    expect(n.medewerkers.sessies.get('r'.repeat(43))).toMatchObject({
      rol: 'beleidsmedewerker',
      org: 'gemeente-0361',
      gemeenten: ['0361', '0373'],
      accessToken: 'at2',
    });
    expect(n.inburgeraars.sessies.size).toBe(0);
  });

  it("refuses a token without org (an inburgeraar's): a 403 page, no session", async () => {
    const n = nepDeps({ medewerkerClaims: { rol: 'inburgeraar' } });
    await n.medewerkers.store.bewaarInlog('p'.repeat(43), {
      state: 'st',
      codeVerifier: 'cv',
      nonce: 'n',
      verlooptOp: 4e9,
    });
    const res = await createHttpHandler(() => n.d)(
      event('GET', '/regie/terug', { cookie: `rg-inlog=${'p'.repeat(43)}`, query: 'code=x&state=st' }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('U heeft geen toegang tot de regiemonitor.');
    expect(n.medewerkers.sessies.size).toBe(0);
  });
});

describe('sessions stay on their own pages', () => {
  it("a staff session id does not sign anyone in on Mijn Wegwijs, nor an inburgeraar's on /regie", async () => {
    const n = opGemeenten();
    const h = createHttpHandler(() => n.d);
    const mijn = await h(event('GET', '/mijn/toestemmingen', { cookie: `mw-sessie=${STAF_ID}` }));
    const regie = await h(event('GET', '/regie/fasen', { cookie: `rg-sessie=${INB_ID}` }));
    expect(mijn.statusCode).toBe(303);
    expect(mijn.headers?.location).toBe('/mijn');
    expect(regie.statusCode).toBe(303);
    expect(regie.headers?.location).toBe('/regie');
    expect(n.regie.indicatoren).not.toHaveBeenCalled();
  });
});

describe('the set pages', () => {
  it('names every gemeente of a samenwerkingsverband account, not the organisation of its first gemeente', async () => {
    // Arrange: a Zaffier beleidsmedewerker (org of Alkmaar, as API.md requires, acting for two gemeenten)
    const zaffier: MedewerkerSessie = { ...STAF, org: 'gemeente-0361', gemeenten: ['0361', '0373'] };
    const indicatoren = vi.fn(async () => ({
      indicatorset: 'fasen' as const,
      periode: 'maand' as const,
      vanaf: '2026-01',
      tot: '2026-01',
      gemeenten: ['0361', '0373'],
      cellen: [],
    }));
    const n = nepDeps({ medewerkerSessies: [[STAF_ID, zaffier]], regie: { indicatoren } });
    // Act
    const res = await createHttpHandler(() => n.d)(event('GET', '/regie/fasen', { cookie: `rg-sessie=${STAF_ID}` }));
    // Assert
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Ingelogd als beleidsmedewerker voor 2 gemeenten: Alkmaar, Bergen.');
  });

  it("asks the regie API with the caller's filter and shows the figures", async () => {
    const indicatoren = vi.fn(async () => ({
      indicatorset: 'afspraken' as const,
      periode: 'maand' as const,
      vanaf: '2026-01',
      tot: '2026-02',
      gemeenten: ['0518'],
      cellen: [
        {
          gemeente: '0518',
          periode: '2026-02',
          maand: '2026-02',
          indicator: 'gepland',
          dimensies: { fase: 'opstartfase' },
          statistiek: 'aantal' as const,
          waarde: 9,
          onderdrukt: false,
        },
      ],
    }));
    const n = nepDeps({ medewerkerSessies: [[STAF_ID, STAF]], regie: { indicatoren } });
    const res = await createHttpHandler(() => n.d)(
      event('GET', '/regie/afspraken', { cookie: `rg-sessie=${STAF_ID}`, query: 'vanaf=2026-01&tot=2026-02' }),
    );
    expect(res.statusCode).toBe(200);
    expect(indicatoren).toHaveBeenCalledWith('afspraken', {
      gemeenten: [],
      vanaf: '2026-01',
      tot: '2026-02',
      periode: 'maand',
    });
    expect(res.body).toContain('<h1>Afspraken</h1>');
    expect(res.body).toContain('<tr><th scope="row">februari 2026</th><td>9</td></tr>');
    expect(res.body).toContain('Ingelogd als beleidsmedewerker van Gemeente Den Haag.');
    expect(res.headers?.['content-security-policy']).toContain("default-src 'none'");
  });

  it('answers a bad period with the form and an explanation, without asking the API', async () => {
    const n = opGemeenten();
    const res = await createHttpHandler(() => n.d)(
      event('GET', '/regie/fasen', { cookie: `rg-sessie=${STAF_ID}`, query: 'vanaf=2026-05&tot=2026-01' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('De eerste maand moet voor de laatste maand liggen.');
    expect(n.regie.indicatoren).not.toHaveBeenCalled();
  });

  it.each([
    [404, 404, 'Deze pagina of deze gemeente bestaat niet'],
    [403, 403, 'U heeft geen toegang tot de regiemonitor.'],
    [400, 400, 'De regiemonitor kon deze vraag niet beantwoorden.'],
  ])('shows an API %i as a readable page (%i), never a stack trace', async (api, status, tekst) => {
    const n = nepDeps({
      medewerkerSessies: [[STAF_ID, STAF]],
      regie: {
        indicatoren: async () => {
          throw new ApiFout(api, 'x');
        },
      },
    });
    const res = await createHttpHandler(() => n.d)(
      event('GET', '/regie/fasen', { cookie: `rg-sessie=${STAF_ID}`, query: 'gemeente=0599' }),
    );
    expect(res.statusCode).toBe(status);
    expect(res.body).toContain(tekst);
    expect(res.body).not.toMatch(/ApiFout|at .*\.ts/);
  });

  it("downloads the CSV of a set through the API (Accept text/csv, the caller's filter) as an attachment", async () => {
    const n = opGemeenten();
    const res = await createHttpHandler(() => n.d)(
      event('GET', '/regie/verwijzingen/csv', {
        cookie: `rg-sessie=${STAF_ID}`,
        query: 'gemeente=0518&vanaf=2026-01&tot=2026-06',
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(n.regie.csv).toHaveBeenCalledWith('verwijzingen', {
      gemeenten: ['0518'],
      vanaf: '2026-01',
      tot: '2026-06',
      periode: 'maand',
    });
    expect(res.headers?.['content-disposition']).toBe(
      'attachment; filename="wegwijs-regie-verwijzingen-2026-01-2026-06.csv"',
    );
    expect(res.body).toBe('gemeente;maand;indicator;dimensies;statistiek;waarde\n');
  });

  it('answers an unknown set with a 404 page and signs out with the CSRF token only, at the IdP too', async () => {
    const n = opGemeenten({ ...STAF, idToken: 'staf-id-token' });
    const h = createHttpHandler(() => n.d);
    expect((await h(event('GET', '/regie/onbekend', { cookie: `rg-sessie=${STAF_ID}` }))).statusCode).toBe(404);
    const zonder = await h(event('POST', '/regie/uitloggen', { cookie: `rg-sessie=${STAF_ID}`, form: 'csrf=fout' }));
    expect(zonder.statusCode).toBe(403);
    expect(n.medewerkers.sessies.has(STAF_ID)).toBe(true);
    const met = await h(
      event('POST', '/regie/uitloggen', { cookie: `rg-sessie=${STAF_ID}`, form: `csrf=${'c'.repeat(43)}` }),
    );
    // RP-initiated logout: the browser goes to the IdP's end_session_endpoint with the sign-in's ID token as hint.
    expect(met.headers?.location).toBe('https://idp.example/logout?id_token_hint=staf-id-token');
    expect(n.medewerkerInlog.uitlogUrl).toHaveBeenCalledWith('staf-id-token');
    expect(met.cookies).toEqual(['rg-sessie=; Path=/regie; Max-Age=0; HttpOnly; Secure; SameSite=Lax']);
    expect(n.medewerkers.sessies.has(STAF_ID)).toBe(false);
  });
});
