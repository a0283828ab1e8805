// `pnpm screenshots`: the main page of Mijn Wegwijs in Dutch and Arabic at 360 px, and the regie monitor (a Den Haag
// beleidsmedewerker at 360 px, Zaffier's gemeenten side by side on a desktop), on a fresh local platform, into
// docs/screenshots/ (shown in the README). A throwaway platform in memory; a dossier with a consent and a meetmoment,
// and the regie data of the browser test (aanmeldingen and woningen through the public API).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { plusDagen, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { startPlatform } from '../support/platform';
import { DESKTOP, logIn, logInMedewerker, startChromium, TELEFOON } from './chromium';
import { maakRegieData } from './regie-data';

const uit = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
mkdirSync(uit, { recursive: true });
const [p, browser] = await Promise.all([startPlatform(), startChromium()]);
try {
  const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
  await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, {
    token: d.inburgeraar,
    body: {
      ontvanger: { gemeente: '0518' },
      categorieen: ['zelfredzaamheid'],
      doel: 'regie',
      taal: 'nl',
      tekstversie: 'toestemming-1-nl',
    },
  });
  await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, {
    token: d.begeleider,
    body: { datum: plusDagen(vandaag(), -1), scores: { wonen: 4 } },
  });
  await p.settled();
  const context = await browser.newContext({ ...TELEFOON, bypassCSP: false, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await logIn(page, p.url, d.id);
  for (const taal of ['nl', 'ar']) {
    await page.goto(`${p.url}/mijn/taal/${taal}?terug=/mijn`);
    const bestand = join(uit, `mijn-${taal}.png`);
    await page.screenshot({ path: bestand, fullPage: true });
    console.log(`wrote ${bestand}`);
  }
  // Mijn gegevens (issue 19): the person's own copy, at 360 px in Dutch and Arabic
  for (const taal of ['nl', 'ar']) {
    await page.goto(`${p.url}/mijn/taal/${taal}?terug=/mijn/gegevens`);
    const bestand = join(uit, `mijn-gegevens-${taal}.png`);
    // The top of the page: the whole copy runs to some thirty thousand pixels
    await page.screenshot({ path: bestand, fullPage: true, clip: { x: 0, y: 0, width: 360, height: 2000 } });
    console.log(`wrote ${bestand}`);
  }
  await maakRegieData(p);
  const regie = [
    {
      naam: 'regie-denhaag',
      scherm: TELEFOON,
      account: /^Beleidsmedewerker, Gemeente Den Haag/,
      pad: '/regie/fasen',
      uitsnede: { width: 360, height: 2400 },
    },
    {
      naam: 'regie-zaffier',
      scherm: DESKTOP,
      account: /^Beleidsmedewerker, samenwerkingsverband Zaffier/,
      pad: '/regie/fasen?gemeente=0361&gemeente=0373',
      uitsnede: { width: 1280, height: 1800 },
    },
  ];
  for (const r of regie) {
    const staf = await browser.newContext({ ...r.scherm, bypassCSP: false, deviceScaleFactor: 1 });
    const pagina = await staf.newPage();
    await logInMedewerker(pagina, p.url, r.account);
    await pagina.goto(`${p.url}${r.pad}`);
    const bestand = join(uit, `${r.naam}.png`);
    // The top of the page: the filter, the CSV link and the first charts with their tables (the whole page is long).
    await pagina.screenshot({ path: bestand, fullPage: true, clip: { x: 0, y: 0, ...r.uitsnede } });
    console.log(`wrote ${bestand}`);
    await staf.close();
  }
} finally {
  await browser.close();
  await p.stop();
}
