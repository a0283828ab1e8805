import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfVan, logInMedewerker, MijnClient } from '../support/mijn';
import { controleerHtml } from '../support/nu-html';
import { startPlatform, type TestPlatform } from '../support/platform';

/**
 * Every page a person reads (Mijn Wegwijs in each of its languages, the regie pages), rendered by the running local
 * platform and checked by the W3C Nu HTML Checker: valid HTML and no skipped heading level (issue 24; the browser
 * tests run axe-core on the same pages).
 */
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const TALEN = ['nl', 'en', 'ar', 'ti', 'fa'] as const;
/** One JVM start and some thirty pages: seconds alone, minutes on a machine shared with the browser tests. */
const NU_TIJD = 300_000;
const REGIE_SETS = ['fasen', 'doorlooptijden', 'afspraken', 'contacten', 'capaciteit', 'verlengingen', 'afrondingen'];

async function inburgeraarMetToestemming(): Promise<string> {
  const consulent = await p.token({
    sub: 'c-0518',
    rol: 'inburgeringsconsulent',
    org: 'gemeente-0518',
    gemeenten: ['0518'],
  });
  const res = await p.api('POST', '/v1/aanmeldingen', {
    token: consulent,
    body: {
      gemeente: '0518',
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Lina', achternaam: 'Haddad', geboortedatum: '1991-05-12', talen: ['ar'] },
      koppelingsdatum: '2026-10-01',
    },
  });
  expect(res.status).toBe(201);
  await p.settled();
  return res.body.inburgeraarId as string;
}

describe('the W3C Nu HTML Checker on the rendered pages', () => {
  it(
    'finds no error and no skipped heading level on any Mijn Wegwijs page, in all five languages',
    async () => {
      // Arrange: a signed-in inburgeraar with one consent, so the list and the withdrawal pages have content
      const id = await inburgeraarMetToestemming();
      const mijn = new MijnClient(p.url);
      await mijn.logIn(id);
      const toestemmingen = await mijn.ga('/mijn/toestemmingen');
      await mijn.ga('/mijn/toestemmingen', {
        method: 'POST',
        form: {
          csrf: csrfVan(toestemmingen.html),
          taal: /name="taal" value="([^"]+)"/.exec(toestemmingen.html)?.[1] ?? '',
          tekstversie: /name="tekstversie" value="([^"]+)"/.exec(toestemmingen.html)?.[1] ?? '',
          categorie: 'zelfredzaamheid',
          ontvanger: 'gemeente',
          doel: 'regie',
        },
      });
      await p.settled();
      const lijst = await mijn.ga('/mijn/toestemmingen');
      const intrekken = /href="(\/mijn\/toestemmingen\/[^"]+\/intrekken)"/.exec(lijst.html)?.[1];
      expect(intrekken).toBeDefined();
      const paden = [
        '/mijn',
        '/mijn/toestemmingen',
        '/mijn/verwerkingen',
        '/mijn/gegevens',
        '/mijn/formulier',
        intrekken ?? '',
      ];

      // Act: every page in every language
      const paginas: Record<string, string> = {};
      for (const taal of TALEN) {
        await mijn.ga(`/mijn/taal/${taal}?terug=/mijn`);
        for (const pad of paden) {
          const pagina = await mijn.ga(pad);
          expect(pagina.status, `${taal} ${pad}`).toBe(200);
          paginas[`${taal} ${pad}`] = pagina.html;
        }
      }

      // Assert
      expect(Object.keys(paginas)).toHaveLength(TALEN.length * paden.length);
      expect(await controleerHtml(paginas)).toEqual([]);
    },
    NU_TIJD,
  );

  it(
    'finds no error and no skipped heading level on the regie pages',
    async () => {
      // Arrange
      const client = new MijnClient(p.url);
      await logInMedewerker(client, 'beleidsmedewerker.gemeente-0518');

      // Act
      const paginas: Record<string, string> = {};
      for (const pad of ['/regie', ...REGIE_SETS.map((s) => `/regie/${s}`), '/regie/bestaat-niet']) {
        const pagina = await client.ga(pad);
        paginas[pad] = pagina.html;
      }

      // Assert
      expect(paginas['/regie']).toContain('<h1');
      expect(await controleerHtml(paginas)).toEqual([]);
    },
    NU_TIJD,
  );

  it(
    'the checker itself fails a page that skips a heading level (the check can fail)',
    async () => {
      const fouten = await controleerHtml({
        proef:
          '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head>' +
          '<body><main><h1>Kop</h1><h3>Overgeslagen</h3></main></body></html>',
      });
      expect(fouten.map((f) => f.message).join(' ')).toMatch(/skipping 1 heading level/);
    },
    NU_TIJD,
  );
});
