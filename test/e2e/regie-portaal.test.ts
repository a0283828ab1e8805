import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInMedewerker, MijnClient, tekstVan } from '../support/mijn';
import { startPlatform, type TestPlatform } from '../support/platform';

// The regie pages' staff sign-in on the real local platform: the development OpenID Provider's staff client, its
// development accounts (built from the deployment's organisations) and the portaal's separate staff sessions.
let p: TestPlatform;

beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

describe('staff sign-in on the regie pages over HTTP (no browser)', () => {
  it('offers the development staff accounts, labelled: per gemeente organisation and per samenwerkingsverband', async () => {
    // Arrange
    const client = new MijnClient(p.url);
    // Act
    const inlog = await client.ga('/regie/inloggen');
    // Assert
    expect(inlog.status).toBe(200);
    expect(tekstVan(inlog.html)).toContain('Inloggen als medewerker (lokale ontwikkel-IdP)');
    expect(inlog.html).toContain('value="beleidsmedewerker.gemeente-0518"');
    expect(tekstVan(inlog.html)).toContain('Beleidsmedewerker, Gemeente Den Haag (0518)');
    expect(inlog.html).toContain('value="beleidsmedewerker.gemeente-0361"');
    // Zaffier's samenwerkingsverband: one account for its six gemeenten, org its first gemeente's (API.md).
    expect(tekstVan(inlog.html)).toContain(
      'Beleidsmedewerker, samenwerkingsverband Zaffier (0361, 0373, 0383, 1980, 0399, 0450)',
    );
    const autorisatie = new URL(client.hops.find((h) => h.url.includes('/oidc/auth?'))?.url ?? 'http://x');
    expect(autorisatie.searchParams.get('client_id')).toBe('wegwijs-regie');
    expect(autorisatie.searchParams.get('code_challenge_method')).toBe('S256');
    expect(autorisatie.searchParams.get('prompt')).toBe('login');
  });

  it('signs a Den Haag beleidsmedewerker in: a staff session scoped to /regie, the gemeenten from the token', async () => {
    // Arrange
    const client = new MijnClient(p.url);
    // Act
    const pagina = await logInMedewerker(client, 'beleidsmedewerker.gemeente-0518');
    // Assert
    expect(pagina.status).toBe(200);
    expect(pagina.url).toBe(`${p.url}/regie`);
    const tekst = tekstVan(pagina.html);
    expect(tekst).toContain('Ingelogd als beleidsmedewerker van Gemeente Den Haag.');
    expect(tekst).toContain('U ziet de cijfers van deze gemeente: Den Haag.');
    const sessie = client.hops.flatMap((h) => h.setCookies).find((c) => c.startsWith('rg-sessie='));
    expect(sessie).toMatch(/^rg-sessie=[\w-]{40,}; Path=\/regie; Max-Age=\d+; HttpOnly; Secure; SameSite=Lax$/);
    // The staff session is not one on Mijn Wegwijs, even when its id is sent there.
    const id = /^rg-sessie=([\w-]+)/.exec(sessie ?? '')?.[1] ?? '';
    const mijn = await fetch(`${p.url}/mijn/toestemmingen`, {
      headers: { cookie: `mw-sessie=${id}` },
      redirect: 'manual',
    });
    expect(mijn.status).toBe(303);
    expect(mijn.headers.get('location')).toBe('/mijn');
  });

  it("never gives a staff token for an inburgeraar id, nor reuses an inburgeraar's IdP session for staff", async () => {
    // Arrange: an inburgeraar signed in at the same IdP in the same browser.
    const client = new MijnClient(p.url);
    await client.logIn('ib-regie-1');
    // Act
    const inlog = await client.ga('/regie/inloggen');
    const actie = /<form method="post" action="([^"]+)"/.exec(inlog.html)?.[1] ?? '';
    const geweigerd = await client.ga(new URL(actie, inlog.url).href, { form: { account: 'ib-regie-1' } });
    // Assert: the staff page asks again (no silent sign-in), and refuses an account that is not a staff account.
    expect(tekstVan(inlog.html)).toContain('Ontwikkelaccount');
    expect(geweigerd.status).toBe(400);
    expect(client.cookies.has('rg-sessie')).toBe(false);
  });
});
