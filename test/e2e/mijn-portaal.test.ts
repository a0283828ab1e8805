import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfVan, MijnClient, tekstVan } from '../support/mijn';
import { startPlatform, type TestPlatform } from '../support/platform';

// Distinctive personal data: none of it may reach a URL, a cookie or a log line of the portaal.
const PERSOON = { voornaam: 'Saba', achternaam: 'Gebremedhin', geboortedatum: '1988-02-29', talen: ['ti'] };
const JWT = /eyJ[\w-]{10,}\.eyJ[\w-]{10,}\./;

const logregels: string[] = [];
let p: TestPlatform;
let consulent: string;

beforeAll(async () => {
  p = await startPlatform({ logLevel: 'DEBUG', onFunctionLog: (regel) => logregels.push(regel) });
  consulent = await p.token({ sub: 'c-0518', rol: 'inburgeringsconsulent', org: 'gemeente-0518', gemeenten: ['0518'] });
});
afterAll(() => p?.stop());

async function nieuweInburgeraar(): Promise<string> {
  const res = await p.api('POST', '/v1/aanmeldingen', {
    token: consulent,
    body: { gemeente: '0518', doelgroep: 'asielstatushouder', persoon: PERSOON, koppelingsdatum: '2026-10-01' },
  });
  expect(res.status).toBe(201);
  await p.settled();
  return res.body.inburgeraarId as string;
}

const geefFormulier = (html: string, extra: Record<string, string> = {}) => ({
  csrf: csrfVan(html),
  taal: /name="taal" value="([^"]+)"/.exec(html)?.[1] ?? '',
  tekstversie: /name="tekstversie" value="([^"]+)"/.exec(html)?.[1] ?? '',
  categorie: 'zelfredzaamheid',
  ontvanger: 'gemeente',
  doel: 'regie',
  ...extra,
});

describe('Mijn Wegwijs over HTTP (no browser)', () => {
  it('signs in through the OpenID Provider with PKCE and keeps the tokens server-side', async () => {
    // Arrange
    const id = await nieuweInburgeraar();
    const mijn = new MijnClient(p.url);
    // Act
    const pagina = await mijn.logIn(id);
    // Assert: the overview, signed in; the authorization request used PKCE (S256) and the resource of the API.
    expect(pagina.status).toBe(200);
    expect(pagina.url).toBe(`${p.url}/mijn`);
    expect(tekstVan(pagina.html)).toContain('Wat wordt gedeeld zonder uw toestemming');
    const autorisatie = new URL(mijn.hops.find((h) => h.url.includes('/oidc/auth?'))?.url ?? 'http://x');
    expect(autorisatie.searchParams.get('code_challenge_method')).toBe('S256');
    expect(autorisatie.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    const sessie = mijn.hops.flatMap((h) => h.setCookies).find((c) => c.startsWith('mw-sessie='));
    expect(sessie).toMatch(/^mw-sessie=[\w-]{40,}; Path=\/mijn; Max-Age=\d+; HttpOnly; Secure; SameSite=Lax$/);
  });

  it('stores a consent given on the page with the language and text version that were shown', async () => {
    // Arrange
    const id = await nieuweInburgeraar();
    const mijn = new MijnClient(p.url);
    await mijn.logIn(id);
    await mijn.ga('/mijn/taal/ar?terug=/mijn/toestemmingen');
    const pagina = await mijn.ga('/mijn/toestemmingen');
    expect(pagina.html).toContain('<html lang="ar" dir="rtl"');
    // Act
    const na = await mijn.ga('/mijn/toestemmingen', { form: geefFormulier(pagina.html) });
    // Assert
    expect(na.url).toBe(`${p.url}/mijn/toestemmingen?melding=gegeven`);
    const inburgeraar = await p.token({ sub: id, rol: 'inburgeraar' });
    const lijst = await p.api('GET', `/v1/inburgeraars/${id}/toestemmingen`, { token: inburgeraar });
    expect(lijst.body.items).toHaveLength(1);
    expect(lijst.body.items[0]).toMatchObject({
      status: 'actief',
      categorieen: ['zelfredzaamheid'],
      ontvanger: { gemeente: '0518' },
      taal: 'ar',
      tekstversie: 'toestemming-1-ar',
      vastgelegd: { wijze: 'app' },
    });
  });

  it('refuses a form without the session CSRF token, and signalen without explicit consent', async () => {
    // Arrange
    const id = await nieuweInburgeraar();
    const mijn = new MijnClient(p.url);
    await mijn.logIn(id);
    const pagina = await mijn.ga('/mijn/toestemmingen');
    // Act
    const zonderCsrf = await mijn.ga('/mijn/toestemmingen', { form: { ...geefFormulier(pagina.html), csrf: 'x' } });
    const signalen = await mijn.ga('/mijn/toestemmingen', {
      form: geefFormulier(pagina.html, { categorie: 'signalen' }),
    });
    // Assert
    expect(zonderCsrf.status).toBe(403);
    expect(signalen.url).toBe(`${p.url}/mijn/toestemmingen?fout=expliciet#geven`);
    expect(tekstVan(signalen.html)).toContain('Zet een vinkje als u daar uitdrukkelijk toestemming voor geeft');
    const inburgeraar = await p.token({ sub: id, rol: 'inburgeraar' });
    expect((await p.api('GET', `/v1/inburgeraars/${id}/toestemmingen`, { token: inburgeraar })).body.items).toEqual([]);
  });

  it('withdraws after a confirmation page that says what withdrawal does; signing out ends the session', async () => {
    // Arrange
    const id = await nieuweInburgeraar();
    const mijn = new MijnClient(p.url);
    await mijn.logIn(id);
    const pagina = await mijn.ga('/mijn/toestemmingen');
    const gegeven = await mijn.ga('/mijn/toestemmingen', { form: geefFormulier(pagina.html) });
    const link = /href="(\/mijn\/toestemmingen\/[\w-]+\/intrekken)"/.exec(gegeven.html)?.[1] ?? '';
    // Act
    const bevestig = await mijn.ga(link);
    const na = await mijn.ga(link, { form: { csrf: csrfVan(bevestig.html) } });
    const uit = await mijn.logUit('/mijn/uitloggen', csrfVan(na.html));
    const daarna = await mijn.ga('/mijn/toestemmingen');
    // Assert
    expect(tekstVan(bevestig.html)).toContain('verdwijnt wat al gedeeld is uit het overzicht van de gemeente');
    expect(na.url).toBe(`${p.url}/mijn/toestemmingen?melding=ingetrokken`);
    const inburgeraar = await p.token({ sub: id, rol: 'inburgeraar' });
    const lijst = await p.api('GET', `/v1/inburgeraars/${id}/toestemmingen`, { token: inburgeraar });
    expect(lijst.body.items[0]).toMatchObject({ status: 'ingetrokken' });
    expect(uit.url).toBe(`${p.url}/mijn?uitgelogd=1`);
    expect(daarna.url).toBe(`${p.url}/mijn`);
    expect(tekstVan(daarna.html)).toContain('Inloggen met DigiD');
  });

  it('puts no token, name or birth date in any URL, cookie value or log line', async () => {
    // Arrange
    const id = await nieuweInburgeraar();
    const mijn = new MijnClient(p.url);
    // Act: a whole visit, in two languages.
    await mijn.logIn(id);
    for (const pad of ['/mijn', '/mijn/toestemmingen', '/mijn/verwerkingen', '/mijn/formulier', '/mijn/taal/ti']) {
      await mijn.ga(pad);
    }
    const pagina = await mijn.ga('/mijn/toestemmingen');
    await mijn.ga('/mijn/toestemmingen', { form: geefFormulier(pagina.html) });
    await p.settled();
    // Assert
    const urls = mijn.hops.map((h) => h.url);
    const cookies = mijn.hops.flatMap((h) => h.setCookies).map((c) => c.split(';')[0] ?? '');
    const portaalLog = logregels.filter((r) => r.includes('"service":"portaal"'));
    expect(portaalLog.length).toBeGreaterThan(5);
    for (const tekst of [...urls, ...cookies, ...logregels]) {
      expect(tekst).not.toMatch(JWT);
      for (const geheim of [PERSOON.voornaam, PERSOON.achternaam, PERSOON.geboortedatum]) {
        expect(tekst).not.toContain(geheim);
      }
    }
    for (const regel of portaalLog) expect(regel).not.toMatch(/access_?token|code_verifier|csrf/i);
  });

  it('keeps POST /dev/token and the JWKS as API.md says, one key for both issuers', async () => {
    const jwks = await p.api('GET', '/.well-known/jwks.json');
    const oidc = await p.api('GET', '/oidc/jwks');
    expect(jwks.status).toBe(200);
    expect(oidc.body.keys.map((k: { kid: string }) => k.kid)).toEqual(
      jwks.body.keys.map((k: { kid: string }) => k.kid),
    );
    const token = await p.api('POST', '/dev/token', { body: { sub: 'x', rol: 'inburgeraar' } });
    expect(token.status).toBe(200);
    expect(token.body.token).toMatch(JWT);
  });
});
