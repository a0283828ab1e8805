import { apiGatewayEvent } from '@wegwijs/local-kit';
import { describe, expect, it } from 'vitest';
import type { MedewerkerSessie, Sessie } from '../src/adapters/sessies';
import type { Inzage } from '../src/domain/inzage';
import type { ToestemmingWeergave, Verwerking } from '../src/domain/typen';
import { createHttpHandler } from '../src/handlers/http';
import { TALEN } from '../src/i18n/talen';
import { nepDeps } from './nep';

// Issue 24: no interpolation reaches the HTML unescaped. Every text the pages show that comes from outside the code
// (what the API answers, written by a person or staff; the names of the deployment's configuration) is filled with a
// script tag, an element with an event handler and both quotes; every page must show it as text, never as markup.
const KWAAD = `<script>alert("x")</script><img src=x onerror='alert(1)'>"'`;
/** The same, where the contract names a code list: an API that broke its contract must not break the page either. */
const KWAADE_CODE = KWAAD as never;
const ALS_TEKST =
  '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&quot;&#39;';

const ID = 's'.repeat(43);
const STAF_ID = 'm'.repeat(43);
const SESSIE: Sessie = { inburgeraarId: 'ib-1', accessToken: 'at', csrf: 'c'.repeat(43), verlooptOp: 4_000_000_000 };
const STAF: MedewerkerSessie = {
  sub: 'beleidsmedewerker.gemeente-0518',
  rol: 'beleidsmedewerker',
  org: 'gemeente-0518',
  gemeenten: ['0518', '0361'],
  accessToken: 'staf-token',
  csrf: 'c'.repeat(43),
  verlooptOp: 4_000_000_000,
};

const toestemming: ToestemmingWeergave = {
  toestemmingId: 't-1',
  status: 'actief',
  ontvanger: { gemeente: '0518' },
  categorieen: ['zelfredzaamheid'],
  doel: KWAADE_CODE,
  geldigVanaf: KWAAD,
  geldigTot: KWAAD,
};
const verwerking = (actie: Verwerking['actie']): Verwerking => ({
  id: `v-${actie}`,
  tijdstip: '2026-11-02T10:00:00Z',
  actie,
  categorie: KWAADE_CODE,
  categorieen: [KWAADE_CODE],
  van: KWAAD,
  aan: KWAAD,
  grondslag: 'toestemming',
  toestemmingId: 't-1',
});
const inzage: Inzage = {
  inburgeraarId: 'ib-1',
  opgesteldOp: KWAAD,
  gegevens: [
    {
      context: 'begeleiding',
      soort: KWAAD,
      id: KWAAD,
      vastgelegdOp: KWAAD,
      inhoud: { toelichting: KWAAD, [KWAAD]: [KWAAD, { [KWAAD]: KWAAD }], plan: { doelen: [{ omschrijving: KWAAD }] } },
    },
  ],
  gedeeld: [{ categorie: KWAAD, aan: KWAAD, grondslag: KWAAD, tijdstip: KWAAD }],
  verwerkingsactiviteiten: [KWAAD, `delen-${KWAAD}`],
  bewaartermijnen: [{ soort: KWAAD, termijn: KWAAD, vanaf: KWAAD }],
};

function deps() {
  return nepDeps({
    sessies: [[ID, SESSIE]],
    medewerkerSessies: [[STAF_ID, STAF]],
    api: {
      dossier: async () => ({
        inburgeraarId: 'ib-1',
        gemeente: '0518',
        status: KWAADE_CODE,
        uitvoeringsorganisatie: KWAAD,
        traject: { fase: KWAADE_CODE },
      }),
      toestemmingen: async () => [toestemming, { ...toestemming, toestemmingId: 't-2', status: 'ingetrokken' }],
      verwerkingen: async () => ({
        items: (['gedeeld', 'geweigerd', 'ingezien', 'toestemming-gegeven', 'verwijderd'] as const).map(verwerking),
        ketenGeldig: true,
      }),
      inzage: async () => inzage,
    },
    regie: {
      indicatoren: async () => ({
        indicatorset: 'contacten',
        periode: 'maand',
        vanaf: '2026-01',
        tot: '2026-02',
        gemeenten: ['0518', '0361'],
        cellen: [
          {
            gemeente: '0518',
            periode: '2026-01',
            maand: '2026-01',
            indicator: KWAAD,
            dimensies: { doelgroep: KWAAD },
            statistiek: 'aantal',
            waarde: 7,
            onderdrukt: false,
          },
        ],
      }),
    },
  });
}

const get = (pad: string, cookie: string, query?: string) => ({
  ...apiGatewayEvent({
    method: 'GET',
    routePath: pad.startsWith('/regie') ? '/regie/{proxy+}' : '/mijn/{proxy+}',
    rawPath: pad,
    ...(query ? { query } : {}),
    headers: {},
  }),
  cookies: [cookie],
});

const MIJN = [
  '/mijn',
  '/mijn/toestemmingen',
  '/mijn/toestemmingen/t-1/intrekken',
  '/mijn/verwerkingen',
  '/mijn/gegevens',
  '/mijn/formulier',
];

function alsTekst(pad: string, body: string | undefined) {
  expect(body, pad).toBeDefined();
  expect(body, pad).not.toMatch(/<script|<img|onerror='|"'/i);
}

describe('every page shows outside text as text, never as markup', () => {
  it.each(TALEN)('Mijn Wegwijs in %s: every page, with every field of the API and every name hostile', async (taal) => {
    const { d } = deps();
    d.namen = { organisatie: () => KWAAD, gemeente: () => KWAAD };
    const h = createHttpHandler(() => d);
    for (const pad of MIJN) {
      const res = await h(get(pad, `mw-sessie=${ID}; mw-taal=${taal}`));
      expect(res.statusCode, pad).toBe(200);
      alsTekst(pad, res.body);
    }
    // Shown (escaped) where the page shows the field: the begeleider's text on "Mijn gegevens", names elsewhere.
    for (const pad of ['/mijn', '/mijn/toestemmingen', '/mijn/verwerkingen', '/mijn/gegevens']) {
      expect((await h(get(pad, `mw-sessie=${ID}; mw-taal=${taal}`))).body, pad).toContain(ALS_TEKST);
    }
  });

  it('the regie pages: gemeente names, indicators and dimension values from the API as text', async () => {
    const { d } = deps();
    d.namen = { organisatie: () => KWAAD, gemeente: () => KWAAD };
    const h = createHttpHandler(() => d);
    for (const [pad, query] of [
      ['/regie', undefined],
      ['/regie/contacten', 'vanaf=2026-01&tot=2026-02'],
      ['/regie/contacten', `vanaf=${encodeURIComponent(KWAAD)}`],
    ] as const) {
      const res = await h(get(pad, `rg-sessie=${STAF_ID}`, query));
      alsTekst(`${pad}?${query}`, res.body);
      expect(res.body, pad).toContain(ALS_TEKST.slice(0, 40));
    }
  });
});
