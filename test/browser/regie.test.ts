import { INDICATORSETS } from '@wegwijs/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from '../support/platform';
import {
  axeSchendingen,
  DESKTOP,
  type Dom,
  horizontaleOverloop,
  logInMedewerker,
  startChromium,
  TELEFOON,
  tabNaar,
} from './chromium';
import { maakRegieData, maandTerug } from './regie-data';

// The regie monitor (issue 13) in headless Chromium on the real local platform, with data made through the public
// API: a Den Haag beleidsmedewerker and Zaffier's samenwerkingsverband (several gemeenten side by side), at 360 px and
// on a desktop, by keyboard, with axe-core (WCAG 2.1 A/AA).
const LANG = 180_000;
const DEN_HAAG = /^Beleidsmedewerker, Gemeente Den Haag/;
const ZAFFIER = /^Beleidsmedewerker, samenwerkingsverband Zaffier/;
const AANMELDINGEN = 'Aanmeldingen (doelgroep: asielstatushouder), aantal';

let p: TestPlatform;
let browser: Browser;
const contexten: BrowserContext[] = [];

beforeAll(async () => {
  [p, browser] = await Promise.all([startPlatform(), startChromium()]);
  await maakRegieData(p);
}, LANG);
afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

async function nieuwePagina(scherm: typeof TELEFOON | typeof DESKTOP, account: RegExp): Promise<Page> {
  const context = await browser.newContext(scherm);
  contexten.push(context);
  const page = await context.newPage();
  await logInMedewerker(page, p.url, account);
  return page;
}

async function toegankelijk(page: Page): Promise<void> {
  expect(await horizontaleOverloop(page), `${page.url()} scrolls horizontally`).toBeLessThanOrEqual(0);
  const schendingen = await axeSchendingen(page);
  expect(schendingen, `${page.url()}: ${JSON.stringify(schendingen, null, 1)}`).toEqual([]);
}

/** The rows of the table captioned `caption`: the month header and the cells, as text. */
async function tabel(page: Page, caption: string): Promise<{ kop: string[]; rijen: Record<string, string[]> }> {
  const t = page.locator('table', { has: page.locator('caption', { hasText: caption }) }).first();
  const kop = await t.locator('thead th').allTextContents();
  const rijen: Record<string, string[]> = {};
  for (const rij of await t.locator('tbody tr').all()) {
    const maand = (await rij.locator('th').textContent()) ?? '';
    rijen[maand] = (await rij.locator('td').allTextContents()).map((c) => c.replace(/\s*\(.*\)$/, '').trim());
  }
  return { kop, rijen };
}

const maandNaam = (maand: string) =>
  new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${maand}-15T00:00:00Z`),
  );

describe('the regie monitor in Chromium', () => {
  it(
    'a Den Haag beleidsmedewerker at 360 px: filters, chart and table by keyboard, "<5" never as 0, axe clean',
    async () => {
      const page = await nieuwePagina(TELEFOON, DEN_HAAG);
      expect(await page.locator('h1').textContent()).toBe('Regiemonitor');
      await toegankelijk(page);
      await page.goto(`${p.url}/regie/fasen`);
      // Keyboard only: through the filter to its button, submit, then on to the CSV link and the table.
      await tabNaar(page, '#vanaf');
      await tabNaar(page, 'form[action="/regie/fasen"] button[type="submit"]');
      await Promise.all([page.waitForURL(/\/regie\/fasen\?vanaf=/), page.keyboard.press('Enter')]);
      await tabNaar(page, 'a[href^="/regie/fasen/csv?"]');
      await tabNaar(page, '.rg-tabelvak');
      const { kop, rijen } = await tabel(page, AANMELDINGEN);
      expect(kop).toEqual(['Maand', 'Den Haag']);
      // 6 and 2 aanmeldingen: running totals 6 and 8 round to 5 and 10, so both months read 5 (issue 22 item 12)
      expect(rijen[maandNaam(maandTerug(2))]).toEqual(['5']);
      expect(rijen[maandNaam(maandTerug(1))]).toEqual(['5']);
      // the months without aanmeldingen round to 0 and read "<5", never 0
      const verborgen = Object.values(rijen).filter((r) => r[0] === '<5').length;
      expect(verborgen).toBeGreaterThan(0);
      expect(Object.values(rijen).some((r) => r[0] === '0')).toBe(false);
      const svg = page.locator('svg[role="img"]', { has: page.locator('title', { hasText: AANMELDINGEN }) });
      expect(await svg.locator('desc').textContent()).toContain(
        `${verborgen} waarden zijn afgeschermd en getoond als <5.`,
      );
      expect(await svg.locator('rect[fill^="url(#"]').count()).toBe(verborgen);
      await toegankelijk(page);
    },
    LANG,
  );

  it(
    'every set page and the error pages: no horizontal scroll at 360 px and no axe violation',
    async () => {
      const page = await nieuwePagina(TELEFOON, DEN_HAAG);
      for (const set of INDICATORSETS) {
        await page.goto(`${p.url}/regie/${set}`);
        expect(await page.locator('h1').count(), set).toBe(1);
        await toegankelijk(page);
      }
      for (const pad of ['/regie/fasen?vanaf=2026-05&tot=2025-01', '/regie/bestaat-niet']) {
        await page.goto(`${p.url}${pad}`);
        await toegankelijk(page);
      }
    },
    LANG,
  );

  it(
    'downloads the CSV of a set as an attachment with the API\'s cells, "<5" for suppressed ones',
    async () => {
      const page = await nieuwePagina(DESKTOP, DEN_HAAG);
      await page.goto(`${p.url}/regie/fasen`);
      const href = await page.locator('a[href^="/regie/fasen/csv?"]').getAttribute('href');
      const res = await page.context().request.get(`${p.url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-disposition']).toMatch(
        /^attachment; filename="wegwijs-regie-fasen-\d{4}-\d{2}-\d{4}-\d{2}\.csv"$/,
      );
      const csv = await res.text();
      expect(csv.split(/\r?\n/)[0]).toBe('gemeente;periode;indicator;dimensies;statistiek;waarde');
      expect(csv).toContain(`0518;${maandTerug(2)};aanmeldingen;doelgroep=asielstatushouder;aantal;5`);
      expect(csv).toContain(`0518;${maandTerug(1)};aanmeldingen;doelgroep=asielstatushouder;aantal;5`);
      expect(csv).toContain(`0518;${maandTerug(3)};aanmeldingen;doelgroep=asielstatushouder;aantal;<5`);
      expect(csv).not.toMatch(/^0361;/m);
    },
    LANG,
  );

  it(
    'a Zaffier beleidsmedewerker sees several gemeenten side by side, on a desktop and at 360 px, axe clean',
    async () => {
      for (const scherm of [DESKTOP, TELEFOON]) {
        const page = await nieuwePagina(scherm, ZAFFIER);
        await page.goto(`${p.url}/regie/fasen?gemeente=0361&gemeente=0373`);
        const { kop, rijen } = await tabel(page, AANMELDINGEN);
        // rounded through running totals (5, 6 and 3, 10), with the total of the two beside them
        expect(kop).toEqual(['Maand', 'Alkmaar', 'Bergen (NH)', 'Samen']);
        expect(rijen[maandNaam(maandTerug(2))]).toEqual(['5', '5', '10']);
        expect(rijen[maandNaam(maandTerug(1))]).toEqual(['<5', '5', '5']);
        expect(await page.locator('input[name="gemeente"]').count()).toBe(6);
        await toegankelijk(page);
        await page.goto(`${p.url}/regie/doorlooptijden?gemeente=0361&gemeente=0373`);
        await toegankelijk(page);
        // the period choice (issue 22 item 13): a plain select of the GET form, no script needed
        await page.goto(`${p.url}/regie/fasen?gemeente=0361&gemeente=0373`);
        await page.selectOption('#periode', 'kwartaal');
        await Promise.all([page.waitForURL(/periode=kwartaal/), page.click('form[action="/regie/fasen"] button')]);
        const kwartaal = await tabel(page, AANMELDINGEN);
        expect(kwartaal.kop[0]).toBe('Kwartaal');
        expect(Object.keys(kwartaal.rijen).every((k) => /kwartaal \d{4}$/.test(k))).toBe(true);
        await toegankelijk(page);
      }
    },
    LANG,
  );

  it(
    "a gemeente's beleidsmedewerker never sees another gemeente's figures: not by default, not by asking",
    async () => {
      const page = await nieuwePagina(DESKTOP, DEN_HAAG);
      await page.goto(`${p.url}/regie/fasen`);
      expect(await page.locator('thead th').allTextContents()).not.toContain('Alkmaar');
      expect(await page.locator('input[name="gemeente"]').count()).toBe(0);
      const ander = await page.goto(`${p.url}/regie/fasen?gemeente=0361`);
      expect(ander?.status()).toBe(404);
      expect(await page.locator('table').count()).toBe(0);
      expect(await page.locator('main').textContent()).toContain('of u mag de cijfers ervan niet zien');
      await toegankelijk(page);
      const csv = await page.context().request.get(`${p.url}/regie/fasen/csv?gemeente=0361`);
      expect(csv.status()).toBe(404);
      expect(await csv.text()).not.toContain('0361;');
      expect(await page.evaluate(() => (globalThis as unknown as Dom).document.cookie)).toBe('');
    },
    LANG,
  );

  it(
    'a shared desk: after "Uitloggen" (here and at the staff IdP) "Inloggen" asks for an account again',
    async () => {
      const page = await nieuwePagina(DESKTOP, DEN_HAAG);
      const bezocht: string[] = [];
      page.on('request', (r) => bezocht.push(new URL(r.url()).pathname));
      await Promise.all([
        page.waitForURL(`${p.url}/regie?uitgelogd=1`),
        page.getByRole('button', { name: 'Uitloggen' }).click(),
      ]);
      expect(bezocht).toEqual(expect.arrayContaining(['/oidc/session/end', '/oidc/session/end/confirm']));
      await page.getByRole('link', { name: 'Inloggen met uw gemeente-account' }).click();
      await page.getByLabel(DEN_HAAG).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/oidc\/interaction\//);
      await page.context().close();
    },
    LANG,
  );
});
