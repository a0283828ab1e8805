import type { PersoonRecord } from '@wegwijs/contracts';
import { apiGatewayEvent } from '@wegwijs/local-kit';
import { describe, expect, it } from 'vitest';
import type { Sessie } from '../src/adapters/sessies';
import {
  downloadNaam,
  type Inzage,
  leesbareNaam,
  leesTermijn,
  perContextEnSoort,
  waardeVan,
} from '../src/domain/inzage';
import { createHttpHandler } from '../src/handlers/http';
import { TALEN } from '../src/i18n/talen';
import { vertaler } from '../src/i18n/vertaler';
import { gegevensInhoud } from '../src/views/gegevens';
import { nepDeps } from './nep';

const KWAAD = `<script>alert('x')</script>"><img src=x onerror=alert(1)>`;

const record = (
  context: PersoonRecord['context'],
  soort: string,
  inhoud: Record<string, unknown>,
  vastgelegdOp?: string,
) => ({ context, soort, id: `${soort}-1`, ...(vastgelegdOp ? { vastgelegdOp } : {}), inhoud }) as PersoonRecord;

const INZAGE: Inzage = {
  inburgeraarId: 'ib-1',
  opgesteldOp: '2026-11-29T10:00:00.000Z',
  gegevens: [
    record('toestemming', 'verwerkingenlog', { actie: 'gedeeld', categorie: 'signalen' }, '2026-11-02T10:00:00Z'),
    record('begeleiding', 'meetmoment', {
      gegevens: { datum: '2026-11-01', scores: { wonen: 3 }, toelichting: KWAAD },
    }),
    record('sociaal-domein', 'signaal', { toelichting: `Slaapt slecht\n${KWAAD}`, urgentie: 'midden', open: true }),
    record('aanmelding', 'inburgeraar', { persoon: { voornaam: 'Yonas', talen: ['ti'] }, leeg: [] }),
    record('begeleiding', 'traject', { fase: 'opstartfase', [KWAAD]: 'sleutel als tekst' }),
  ],
  gedeeld: [{ categorie: 'signalen', aan: '0518', grondslag: 'toestemming', tijdstip: '2026-11-02T10:00:00Z' }],
  verwerkingsactiviteiten: ['delen-signalen', 'toestemmingenbeheer', 'nieuwe-activiteit'],
  bewaartermijnen: [
    { soort: 'plan', termijn: 'P5Y', vanaf: 'einde-traject' },
    { soort: 'toegangslog', termijn: 'P1Y6M', vanaf: 'aanmelding' },
    { soort: 'vernietigingsverslag', termijn: 'blijvend', vanaf: 'einde-traject' },
  ],
};
const partij = (code: string) => (code === '0518' ? 'Gemeente Den Haag' : code);

describe('Mijn gegevens: the inzage as a page', () => {
  it('groups every record per context (fixed order) and kind, leaving nothing out', () => {
    const groepen = perContextEnSoort(INZAGE.gegevens);
    expect(groepen.map((g) => g.context)).toEqual(['aanmelding', 'begeleiding', 'sociaal-domein', 'toestemming']);
    expect(perContextEnSoort([{ context: 'later' as 'archief', soort: 'x', id: '1', inhoud: {} }])[0]?.context).toBe(
      'later',
    );
    expect(groepen[1]?.soorten.map((s) => s.soort)).toEqual(['meetmoment', 'traject']);
    expect(groepen.flatMap((g) => g.soorten.flatMap((s) => s.records))).toHaveLength(INZAGE.gegevens.length);
  });

  it('reads bewaartermijnen, values and field names', () => {
    expect(leesTermijn('P5Y')).toEqual({ soort: 'duur', jaren: 5, maanden: 0 });
    expect(leesTermijn('P1Y6M')).toEqual({ soort: 'duur', jaren: 1, maanden: 6 });
    expect(leesTermijn('blijvend')).toEqual({ soort: 'blijvend' });
    expect(leesTermijn('P0D')).toEqual({ soort: 'geen' });
    expect(leesTermijn('P')).toBeUndefined();
    expect(waardeVan('2026-11-01')).toEqual({ soort: 'datum', datum: '2026-11-01' });
    expect(waardeVan({})).toEqual({ soort: 'leeg' });
    expect(leesbareNaam('vastgelegdOp')).toBe('vastgelegd op');
    expect(downloadNaam('2026-11-29T10:00:00Z')).toBe('mijn-wegwijs-gegevens-2026-11-29.json');
  });

  it("shows the begeleider's text as text, every field of every record, the sharing, activities and terms (Dutch)", () => {
    const uit = String(gegevensInhoud(vertaler('nl'), { inzage: INZAGE, partij }));
    expect(uit).not.toContain('<script>');
    expect(uit).not.toContain('<img');
    expect(uit).toContain(
      '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(uit).toContain('Slaapt slecht');
    expect(uit).toContain('Yonas');
    expect(uit).toContain('<h3 id="context-begeleiding">Uw begeleiding</h3>');
    expect(uit).toContain('Scores per leefgebied');
    expect(uit).toContain(
      'Op 2 november 2026: Zorgen over gezondheid of veiligheid, gedeeld met Gemeente Den Haag. Waarom: u gaf toestemming.',
    );
    expect(uit).toContain('delen: Zorgen over gezondheid of veiligheid');
    expect(uit).toContain('nieuwe activiteit');
    expect(uit).toContain('Plan: 5 jaar na het einde van uw traject');
    expect(uit).toContain('Wie uw gegevens opende: 1 jaar en 6 maanden na uw aanmelding');
    expect(uit).toContain('Verslag van de vernietiging: altijd: het gaat naar het archief');
    expect(uit).toContain('href="/mijn/gegevens.json" download');
  });

  it.each(TALEN)('%s: renders in the language, never escaping wrongly', (taal) => {
    const v = vertaler(taal);
    const uit = String(gegevensInhoud(v, { inzage: INZAGE, partij }));
    expect(uit).toContain(v.t('gegevens.titel'));
    expect(uit).toContain(v.t('context.sociaal-domein'));
    expect(uit).not.toContain('<script>');
    if (taal === 'ar') expect(uit).toMatch(/[\u0600-\u06FF]/);
  });
});

const SESSIE_ID = 's'.repeat(43);
const SESSIE: Sessie = { inburgeraarId: 'ib-1', accessToken: 'at', csrf: 'c'.repeat(43), verlooptOp: 4_000_000_000 };
const get = (pad: string, cookie?: string) => ({
  ...apiGatewayEvent({ method: 'GET', routePath: '/mijn/{proxy+}', rawPath: pad, headers: {} }),
  ...(cookie ? { cookies: [cookie] } : {}),
});

describe('Mijn gegevens: the routes', () => {
  it('serves the page and the JSON download of the same copy to the signed-in person only', async () => {
    const { d } = nepDeps({ api: { inzage: async () => INZAGE }, sessies: [[SESSIE_ID, SESSIE]] });
    const h = createHttpHandler(() => d);
    const pagina = await h(get('/mijn/gegevens', `mw-sessie=${SESSIE_ID}`));
    const download = await h(get('/mijn/gegevens.json', `mw-sessie=${SESSIE_ID}`));
    const gast = await h(get('/mijn/gegevens.json'));
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toContain('aria-current="page">Uw gegevens</a>');
    expect(download.statusCode).toBe(200);
    expect(download.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mijn-wegwijs-gegevens-2026-11-29.json"',
      'cache-control': 'no-store',
    });
    expect(JSON.parse(download.body ?? '')).toEqual(INZAGE);
    expect(gast).toMatchObject({ statusCode: 303, headers: { location: '/mijn' } });
  });

  it('links the page from the overview', async () => {
    const { d } = nepDeps({ sessies: [[SESSIE_ID, SESSIE]] });
    const res = await createHttpHandler(() => d)(get('/mijn', `mw-sessie=${SESSIE_ID}`));
    expect(res.body).toContain('<a href="/mijn/gegevens">Bekijk of download uw gegevens</a>');
  });
});
