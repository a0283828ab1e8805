import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';
import { axeSchendingen, type Dom, horizontaleOverloop, logIn, startChromium, TELEFOON, tabNaar } from './chromium';

// The acceptance scenario of Mijn Wegwijs (issue 9) in headless Chromium, on the real local platform. The tests of
// this file run in order and share one signed-in browser.
const LANG = 120_000;

let p: TestPlatform;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let d: Dossier;
let meetmomentId: string;

beforeAll(async () => {
  [p, browser] = await Promise.all([startPlatform(), startChromium()]);
  d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
  context = await browser.newContext(TELEFOON);
  page = await context.newPage();
}, LANG);
afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

/** Every page is usable at 360 px (no horizontal scroll) and has no WCAG 2.1 A/AA violation according to axe. */
async function toegankelijk(pad: string): Promise<void> {
  if (pad) await page.goto(`${p.url}${pad}`);
  expect(await horizontaleOverloop(page), `${page.url()} scrolls horizontally`).toBeLessThanOrEqual(0);
  const schendingen = await axeSchendingen(page);
  expect(schendingen, `${page.url()}: ${JSON.stringify(schendingen, null, 1)}`).toEqual([]);
}

const voortgangBronnen = async () =>
  (
    (await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.consulent })).body.items as {
      bronId: string;
    }[]
  ).map((i) => i.bronId);

describe('Mijn Wegwijs in Chromium (360 px, keyboard, axe)', () => {
  it(
    'the sign-in page is accessible, and the inburgeraar signs in through the real OIDC flow',
    async () => {
      await toegankelijk('/mijn');
      await logIn(page, p.url, d.id);
      expect(await page.locator('h1').textContent()).toBe('Wat wordt gedeeld zonder uw toestemming');
      const cookies = await context.cookies();
      const sessie = cookies.find((c) => c.name === 'mw-sessie');
      expect(sessie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/mijn' });
      expect(await page.evaluate(() => (globalThis as unknown as Dom).document.cookie)).toBe('');
    },
    LANG,
  );

  it(
    'grants zelfredzaamheid to the gemeente with the keyboard only',
    async () => {
      await page.goto(`${p.url}/mijn/toestemmingen`);
      await tabNaar(page, 'input[name="categorie"]');
      // Arrow keys move within the radio group (contactmomenten -> zelfredzaamheid).
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => (globalThis as unknown as Dom).document.activeElement?.id)).toBe(
        'kies-zelfredzaamheid',
      );
      expect(await page.isChecked('#aan-gemeente')).toBe(true);
      await tabNaar(page, 'form[action="/mijn/toestemmingen"] button[type="submit"]');
      await Promise.all([page.waitForURL(/melding=gegeven/), page.keyboard.press('Enter')]);
      expect(await page.getByRole('status').textContent()).toContain('Uw toestemming is opgeslagen.');
      await toegankelijk('');
    },
    LANG,
  );

  it(
    'shows a meetmoment the begeleider posts over the API as shared, in a sentence',
    async () => {
      const res = await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
        token: d.begeleider,
        body: { datum: plusDagen(vandaag(), -1), scores: { wonen: 4 } },
      });
      expect(res.status).toBe(201);
      meetmomentId = res.body.meetmomentId;
      await p.settled();
      expect(await voortgangBronnen()).toContain(meetmomentId);
      await page.goto(`${p.url}/mijn/verwerkingen`);
      const log = await page.locator('ol.mw-log').textContent();
      expect(log).toMatch(
        /heeft VluchtelingenWerk[^.]* uw scores per leefgebied gedeeld met Gemeente Den Haag, omdat u op .+ toestemming gaf\./,
      );
      expect(await page.locator('#keten').textContent()).toContain('volledig en niet veranderd');
      await toegankelijk('');
    },
    LANG,
  );

  it(
    'withdraws with the keyboard after the confirmation page; the gemeente no longer sees the meetmoment',
    async () => {
      await page.goto(`${p.url}/mijn/toestemmingen`);
      await tabNaar(page, 'a[href$="/intrekken"]');
      await Promise.all([page.waitForURL(/\/intrekken$/), page.keyboard.press('Enter')]);
      expect(await page.locator('main').textContent()).toContain('verdwijnt wat al gedeeld is uit het overzicht');
      await toegankelijk('');
      await tabNaar(page, 'main button[type="submit"]');
      await Promise.all([page.waitForURL(/melding=ingetrokken/), page.keyboard.press('Enter')]);
      expect(await voortgangBronnen()).not.toContain(meetmomentId);
      await page.goto(`${p.url}/mijn/verwerkingen`);
      expect(await page.locator('ol.mw-log').textContent()).toContain('ingetrokken');
    },
    LANG,
  );

  it(
    'switches to Arabic: right to left, Arabic text, remembered on every page',
    async () => {
      await page.goto(`${p.url}/mijn`);
      await Promise.all([page.waitForURL(`${p.url}/mijn`), page.locator('a[lang="ar"]').click()]);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.locator('h1').textContent()).toMatch(/[\u0600-\u06FF]/);
      await page.goto(`${p.url}/mijn/verwerkingen`);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.locator('ol.mw-log').textContent()).toMatch(/[\u0600-\u06FF]/);
    },
    LANG,
  );

  it(
    'has no horizontal scroll at 360 px and no axe violation on any page, in Dutch and in Arabic',
    async () => {
      // An active consent, so that the confirmation page exists.
      const gegeven = await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
        token: d.inburgeraar,
        body: {
          ontvanger: { gemeente: '0518' },
          categorieen: ['contactmomenten'],
          doel: 'regie',
          taal: 'nl',
          tekstversie: 'toestemming-1-nl',
        },
      });
      expect(gegeven.status).toBe(201);
      const paginas = [
        '/mijn',
        '/mijn/toestemmingen',
        `/mijn/toestemmingen/${gegeven.body.toestemmingId}/intrekken`,
        '/mijn/toestemmingen?fout=expliciet',
        '/mijn/verwerkingen',
        '/mijn/formulier',
      ];
      for (const taal of ['nl', 'ar']) {
        await page.goto(`${p.url}/mijn/taal/${taal}?terug=/mijn`);
        expect(await page.getAttribute('html', 'lang')).toBe(taal);
        for (const pad of paginas) await toegankelijk(pad);
      }
      // And signed out (the sign-in page) in Arabic.
      const uit = await context.browser()?.newContext({ ...TELEFOON, locale: 'ar' });
      const gast = await uit?.newPage();
      if (!gast) throw new Error('no page');
      await gast.goto(`${p.url}/mijn`);
      expect(await gast.getAttribute('html', 'dir')).toBe('rtl');
      expect(await horizontaleOverloop(gast)).toBeLessThanOrEqual(0);
      expect(await axeSchendingen(gast)).toEqual([]);
      await uit?.close();
    },
    LANG,
  );

  it(
    'a shared phone: after "Uitloggen" (here and at the provider) "Inloggen" asks for the credential again',
    async () => {
      const gedeeld = await browser.newContext(TELEFOON);
      const tel = await gedeeld.newPage();
      await logIn(tel, p.url, d.id);
      const bezocht: string[] = [];
      tel.on('request', (r) => bezocht.push(new URL(r.url()).pathname));
      await Promise.all([
        tel.waitForURL(`${p.url}/mijn?uitgelogd=1`),
        tel.getByRole('button', { name: 'Uitloggen' }).click(),
      ]);
      expect(await gedeeld.cookies()).not.toContainEqual(expect.objectContaining({ name: 'mw-sessie' }));
      // Signed out at the provider too (RP-initiated logout, confirmed by the provider's page).
      expect(bezocht).toEqual(expect.arrayContaining(['/oidc/session/end', '/oidc/session/end/confirm']));
      // The next person at the same phone: the provider shows its sign-in page, nobody is signed in straight away.
      await tel.getByRole('link', { name: /DigiD/ }).click();
      await tel.getByLabel('Uw inburgeraarnummer').waitFor();
      expect(new URL(tel.url()).pathname).toMatch(/^\/oidc\/interaction\//);
      await tel.goto(`${p.url}/mijn`);
      expect(await tel.locator('h1').textContent()).not.toBe('Wat wordt gedeeld zonder uw toestemming');
      await gedeeld.close();
    },
    LANG,
  );
});
