import { readFile } from 'node:fs/promises';
import type { PersoonRecord } from '@wegwijs/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { type Dossier, nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';
import { axeSchendingen, horizontaleOverloop, logIn, startChromium, TELEFOON, tabNaar } from './chromium';

// "Mijn gegevens" (issue 19 item 6, acceptance "Inzage") in headless Chromium on the real local platform: the
// inburgeraar reads their own copy in Dutch and Arabic at 360 px, by keyboard, and downloads it as JSON. The tests of
// this file run in order and share one signed-in browser.
const LANG = 120_000;
const TOELICHTING = `Slaapt slecht <script>alert("x")</script> 'maakt zich zorgen'`;
const BEGINSITUATIE = 'Woont tijdelijk bij familie & zoekt een huis';

let p: TestPlatform;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let d: Dossier;

const ok = (res: { status: number; body: unknown }, status = 201) =>
  expect(res.status, JSON.stringify(res.body)).toBe(status);

beforeAll(async () => {
  [p, browser] = await Promise.all([startPlatform(), startChromium()]);
  d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
  ok(
    await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
      token: d.inburgeraar,
      body: {
        ontvanger: { gemeente: '0518' },
        categorieen: ['zelfredzaamheid', 'signalen', 'verwijzing'],
        expliciet: true,
        doel: 'regie',
        taal: 'nl',
        tekstversie: 'toestemming-1-nl',
      },
    }),
  );
  ok(
    await p.api('PUT', `/v1/inburgeraars/${d.id}/begeleidingsplan`, {
      token: d.begeleider,
      body: {
        datum: plusDagen(vandaag(), -5),
        leefgebieden: [
          { leefgebied: 'wonen', beginsituatie: BEGINSITUATIE, doelen: [{ omschrijving: 'Huur op tijd betalen' }] },
        ],
      },
    }),
    200,
  );
  ok(
    await p.api('POST', `/v1/inburgeraars/${d.id}/signalen`, {
      token: d.begeleider,
      body: { datum: plusDagen(vandaag(), -2), soort: 'psychisch', urgentie: 'midden', toelichting: TOELICHTING },
      headers: { 'idempotency-key': `signaal-${d.id}` },
    }),
  );
  ok(
    await p.api('POST', `/v1/inburgeraars/${d.id}/verwijzingen`, {
      token: d.begeleider,
      body: { naar: 'wmo', toelichting: 'Hulp bij het huishouden' },
    }),
  );
  await p.settled();
  context = await browser.newContext({ ...TELEFOON, acceptDownloads: true });
  page = await context.newPage();
}, LANG);
afterAll(async () => {
  await browser?.close();
  await p?.stop();
});

async function toegankelijk(): Promise<void> {
  expect(await horizontaleOverloop(page), `${page.url()} scrolls horizontally`).toBeLessThanOrEqual(0);
  const schendingen = await axeSchendingen(page);
  expect(schendingen, `${page.url()}: ${JSON.stringify(schendingen, null, 1)}`).toEqual([]);
}

describe('Mijn gegevens in Chromium (360 px, keyboard, axe)', () => {
  it(
    "is reached from the overview by keyboard and shows every record, the begeleider's text as text",
    async () => {
      await logIn(page, p.url, d.id);
      await tabNaar(page, 'main a[href="/mijn/gegevens"]');
      await Promise.all([page.waitForURL(`${p.url}/mijn/gegevens`), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').textContent()).toBe('Alles wat over u is vastgelegd');
      const main = (await page.locator('main').textContent()) ?? '';
      // What the begeleider wrote, as text: the script tag is shown, never run or parsed.
      expect(main).toContain(TOELICHTING);
      expect(main).toContain(BEGINSITUATIE);
      expect(main).toContain('Hulp bij het huishouden');
      expect(await page.locator('main script').count()).toBe(0);
      for (const kop of ['Uw aanmelding bij de gemeente', 'Uw begeleiding', 'Hulp van de gemeente']) {
        expect(await page.getByRole('heading', { name: kop, level: 3 }).count(), kop).toBe(1);
      }
      expect(main).toMatch(
        /Zorgen over gezondheid of veiligheid, gedeeld met Gemeente Den Haag\. Waarom: u gaf toestemming\./,
      );
      expect(main).toContain('delen: Verwijzing naar hulp');
      expect(main).toContain('Wie zag of kreeg wat: 7 jaar na het einde van uw traject');
      await toegankelijk();
    },
    LANG,
  );

  it(
    "downloads the whole copy as JSON by keyboard: the same records as the API's inzage",
    async () => {
      await tabNaar(page, 'a[href="/mijn/gegevens.json"]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/^mijn-wegwijs-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
      const kopie = JSON.parse(await readFile(await download.path(), 'utf8')) as {
        inburgeraarId: string;
        gegevens: PersoonRecord[];
        gedeeld: unknown[];
        bewaartermijnen: unknown[];
      };
      const api = await p.api('GET', `/v1/inburgeraars/${d.id}/inzage`, { token: d.inburgeraar });
      const sleutel = (r: PersoonRecord) => `${r.context}/${r.soort}/${r.id}`;
      expect(kopie.inburgeraarId).toBe(d.id);
      // The API's copy, made a moment later, holds at least every record of the downloaded one.
      expect(api.body.gegevens.map(sleutel)).toEqual(expect.arrayContaining(kopie.gegevens.map(sleutel)));
      expect(kopie.gegevens.map((r) => r.context)).toEqual(
        expect.arrayContaining(['aanmelding', 'begeleiding', 'sociaal-domein', 'toestemming']),
      );
      const tekst = JSON.stringify(kopie);
      for (const vrij of [TOELICHTING, BEGINSITUATIE, 'Hulp bij het huishouden'])
        expect(tekst).toContain(JSON.stringify(vrij).slice(1, -1));
      expect(kopie.gedeeld.length).toBeGreaterThan(0);
      expect(kopie.bewaartermijnen.length).toBeGreaterThan(0);
    },
    LANG,
  );

  it(
    'reads in Arabic, right to left, with no horizontal scroll and no axe violation',
    async () => {
      await page.goto(`${p.url}/mijn/taal/ar?terug=/mijn/gegevens`);
      await page.waitForURL(`${p.url}/mijn/gegevens`);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.locator('h1').textContent()).toBe('كل ما سُجّل عنك');
      expect(await page.locator('main').textContent()).toContain(TOELICHTING);
      await toegankelijk();
      await tabNaar(page, 'a[href="/mijn/gegevens.json"]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(JSON.parse(await readFile(await download.path(), 'utf8')).inburgeraarId).toBe(d.id);
    },
    LANG,
  );
});
