import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { MijnClient } from '../support/mijn';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 24 "One portal, built once": every field a person or staff can write, filled with a script tag, an element
// with an event handler and both quotes, renders as text on every page that shows it (the local platform, over HTTP).
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const kwaad = (veld: string) => `<script>alert("${veld}")</script><img src=x onerror='${veld}'>"'`;
const alsTekst = (veld: string) =>
  `&lt;script&gt;alert(&quot;${veld}&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;${veld}&#39;&gt;&quot;&#39;`;

const ok = (res: { status: number; body: unknown }, status = 201) =>
  expect(res.status, JSON.stringify(res.body)).toBe(status);

describe('what people write, on the portaal pages', () => {
  it('shows every free-text field of the consulent and the begeleider as text on every Mijn Wegwijs page', async () => {
    // Arrange: a consulent registers the person (names), a begeleider writes every free text the API takes
    const consulent = await p.token({
      sub: 'c-0518',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0518',
      gemeenten: ['0518'],
    });
    const aanmelding = await p.api('POST', '/v1/aanmeldingen', {
      token: consulent,
      body: {
        gemeente: '0518',
        doelgroep: 'asielstatushouder',
        persoon: {
          voornaam: kwaad('voornaam'),
          achternaam: kwaad('achternaam'),
          geboortedatum: '1990-01-02',
          talen: ['ar'],
        },
        koppelingsdatum: plusDagen(vandaag(), -80),
      },
    });
    ok(aanmelding);
    const id = aanmelding.body.inburgeraarId as string;
    ok(
      await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, {
        token: consulent,
        body: { datum: plusDagen(vandaag(), -60) },
      }),
      200,
    );
    await p.settled();
    const begeleider = await p.token({
      sub: 'mb-0518',
      rol: 'maatschappelijk-begeleider',
      org: 'vluchtelingenwerk',
      gemeenten: ['0518'],
    });
    const inburgeraar = await p.token({ sub: id, rol: 'inburgeraar' });
    ok(
      await p.api('POST', `/v1/inburgeraars/${id}/toestemmingen`, {
        token: inburgeraar,
        body: {
          ontvanger: { gemeente: '0518' },
          categorieen: ['zelfredzaamheid', 'signalen', 'verwijzing', 'voortgangsrapportage'],
          expliciet: true,
          doel: 'regie',
          taal: 'ar',
          tekstversie: 'toestemming-1-ar',
        },
      }),
    );
    const velden = [
      'voornaam',
      'achternaam',
      'beginsituatie',
      'omschrijving',
      'meetmoment',
      'rapportage',
      'signaal',
      'verwijzing',
    ];
    ok(
      await p.api('PUT', `/v1/inburgeraars/${id}/begeleidingsplan`, {
        token: begeleider,
        body: {
          datum: plusDagen(vandaag(), -5),
          leefgebieden: [
            {
              leefgebied: 'wonen',
              beginsituatie: kwaad('beginsituatie'),
              doelen: [{ omschrijving: kwaad('omschrijving') }],
            },
          ],
        },
      }),
      200,
    );
    ok(
      await p.api('POST', `/v1/inburgeraars/${id}/meetmomenten`, {
        token: begeleider,
        body: { datum: plusDagen(vandaag(), -4), scores: { wonen: 3 }, toelichting: kwaad('meetmoment') },
      }),
    );
    ok(
      await p.api('POST', `/v1/inburgeraars/${id}/voortgangsrapportages`, {
        token: begeleider,
        body: { datum: plusDagen(vandaag(), -3), tekst: kwaad('rapportage') },
      }),
    );
    ok(
      await p.api('POST', `/v1/inburgeraars/${id}/signalen`, {
        token: begeleider,
        body: { datum: plusDagen(vandaag(), -2), soort: 'overig', urgentie: 'laag', toelichting: kwaad('signaal') },
        headers: { 'idempotency-key': `signaal-${id}` },
      }),
    );
    ok(
      await p.api('POST', `/v1/inburgeraars/${id}/verwijzingen`, {
        token: begeleider,
        body: { naar: 'wmo', toelichting: kwaad('verwijzing') },
      }),
    );
    await p.settled();
    const mijn = new MijnClient(p.url);
    await mijn.logIn(id);
    const lijst = await mijn.ga('/mijn/toestemmingen');
    const intrekken = /href="(\/mijn\/toestemmingen\/[^"]+\/intrekken)"/.exec(lijst.html)?.[1] ?? '';

    // Act: every page of Mijn Wegwijs, in Dutch and in Arabic
    const paginas: Record<string, string> = {};
    for (const taal of ['nl', 'ar']) {
      await mijn.ga(`/mijn/taal/${taal}?terug=/mijn`);
      for (const pad of [
        '/mijn',
        '/mijn/toestemmingen',
        intrekken,
        '/mijn/verwerkingen',
        '/mijn/gegevens',
        '/mijn/formulier',
      ]) {
        const pagina = await mijn.ga(pad);
        expect(pagina.status, `${taal} ${pad}`).toBe(200);
        paginas[`${taal} ${pad}`] = pagina.html;
      }
    }

    // Assert: never markup, and every field shown as text where the page shows it ("Mijn gegevens": all of them)
    for (const [pagina, html] of Object.entries(paginas)) {
      expect(html, pagina).not.toMatch(/<script|<img|onerror='|"'/i);
    }
    for (const taal of ['nl', 'ar']) {
      for (const veld of velden) expect(paginas[`${taal} /mijn/gegevens`], `${taal} ${veld}`).toContain(alsTekst(veld));
    }
  });
});
