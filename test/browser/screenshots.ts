// `pnpm screenshots`: the main page of Mijn Wegwijs in Dutch and Arabic at 360 px, on a fresh local platform, into
// docs/screenshots/ (shown in the README). A throwaway platform in memory; a dossier with a consent and a meetmoment.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { plusDagen, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { startPlatform } from '../support/platform';
import { logIn, startChromium, TELEFOON } from './chromium';

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
} finally {
  await browser.close();
  await p.stop();
}
