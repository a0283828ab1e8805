import { describe, expect, it } from 'vitest';
import { csvAntwoord } from '../src/app/antwoorden';
import { type Reeks, reeksenVan } from '../src/domain/regie';
import type { RegieCel } from '../src/domain/regie-typen';
import { regieVertaler } from '../src/i18n/regie';
import { grafiekSvg as grafiekHtml, KLEUREN } from '../src/views/grafiek';
import { regieSetInhoud as setHtml } from '../src/views/regie-paginas';
import { reeksTabel as tabelHtml } from '../src/views/regie-tabel';

const v = regieVertaler('nl');
// The views answer Html (the escaping template); these tests read the markup as text.
const grafiekSvg = (...a: Parameters<typeof grafiekHtml>) => String(grafiekHtml(...a));
const reeksTabel = (...a: Parameters<typeof tabelHtml>) => String(tabelHtml(...a));
const regieSetInhoud = (...a: Parameters<typeof setHtml>) => String(setHtml(...a));
const MAANDEN = ['2026-01', '2026-02', '2026-03'];
const GEMEENTEN = [
  { cbs: '0361', naam: 'Alkmaar' },
  { cbs: '0373', naam: 'Bergen' },
];
const cel = (o: Partial<RegieCel>): RegieCel => ({
  gemeente: '0361',
  periode: o.periode ?? o.maand ?? '2026-01',
  maand: '2026-01',
  indicator: 'contactmomenten',
  dimensies: {},
  statistiek: 'aantal',
  waarde: 0,
  onderdrukt: false,
  ...o,
});
const reeksUit = (cellen: RegieCel[]): Reeks => {
  const r = reeksenVan({
    indicatorset: 'contacten',
    periode: 'maand',
    vanaf: '2026-01',
    tot: '2026-03',
    gemeenten: ['0361', '0373'],
    cellen,
  });
  const reeks = r.perIndicator[0]?.reeksen[0];
  if (!reeks) throw new Error('no series');
  return reeks;
};
const staven = (svg: string) => [
  ...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="([^"]+)"/g),
];

describe('the SVG chart', () => {
  const reeks = reeksUit([
    cel({ gemeente: '0361', maand: '2026-01', waarde: 10 }),
    cel({ gemeente: '0373', maand: '2026-01', waarde: 20 }),
    cel({ gemeente: '0361', maand: '2026-02', waarde: null, onderdrukt: true }),
    cel({ gemeente: '0373', maand: '2026-02', waarde: 0 }),
  ]);
  const svg = grafiekSvg(v, {
    id: 'r1',
    titel: 'Contactmomenten, aantal',
    beschrijving: 'Staafdiagram',
    maanden: MAANDEN,
    gemeenten: GEMEENTEN,
    reeks,
  });

  it('is an image with a title and a description that name it', () => {
    expect(svg).toMatch(/^<svg class="rg-grafiek" role="img" aria-labelledby="r1-titel r1-beschrijving"/);
    expect(svg).toContain('<title id="r1-titel">Contactmomenten, aantal</title>');
    expect(svg).toContain('<desc id="r1-beschrijving">Staafdiagram</desc>');
  });

  it("draws a bar per gemeente side by side, in the gemeente's colour, its height proportional to the figure", () => {
    const gevuld = staven(svg).filter(([, , , fill]) => !fill?.startsWith('url('));
    expect(gevuld.map(([, , , fill]) => fill)).toEqual([KLEUREN[0], KLEUREN[1]]);
    const [tien, twintig] = gevuld.map(([, , h]) => Number(h));
    expect(twintig).toBeCloseTo(2 * (tien ?? 0), 0);
  });

  it('draws a suppressed cell hatched with a dashed outline and the label <5, with height (never as 0)', () => {
    const gearceerd = staven(svg).filter(([, , , fill]) => fill === 'url(#r1-a0)');
    expect(gearceerd).toHaveLength(1);
    expect(Number(gearceerd[0]?.[2])).toBeGreaterThan(0);
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg.match(/&lt;5<\/text>/g)).toHaveLength(1);
    expect(svg).toContain('<pattern id="r1-a0"');
  });

  it('draws nothing for 0 or for a month without a figure, and labels every month', () => {
    expect(staven(svg)).toHaveLength(3);
    for (const maand of ['jan', 'feb', 'mrt']) expect(svg).toContain(`>${maand}</text>`);
  });
});

describe('the table beside the chart', () => {
  it('has a caption, a column per gemeente and a row per month with scoped headers; <5 is said in words', () => {
    const reeks = reeksUit([
      cel({ gemeente: '0361', maand: '2026-01', waarde: 12 }),
      cel({ gemeente: '0373', maand: '2026-01', waarde: null, onderdrukt: true }),
    ]);
    const tabel = reeksTabel(v, {
      id: 'r2',
      periode: 'maand',
      titel: 'Contactmomenten, aantal',
      maanden: MAANDEN,
      gemeenten: GEMEENTEN,
      reeks,
    });
    expect(tabel).toContain('role="region" tabindex="0" aria-labelledby="r2-bijschrift"');
    expect(tabel).toContain('<caption id="r2-bijschrift">Contactmomenten, aantal</caption>');
    expect(tabel).toContain(
      '<tr><th scope="col">Maand</th><th scope="col">Alkmaar</th><th scope="col">Bergen</th></tr>',
    );
    expect(tabel).toContain(
      '<tr><th scope="row">januari 2026</th><td>12</td><td class="rg-onderdrukt">&lt;5<span class="visually-hidden"> (minder dan 5, afgeschermd)</span></td></tr>',
    );
    expect(tabel.match(/geen cijfer/g)).toHaveLength(4);
    expect(tabel.match(/<tr>/g)).toHaveLength(4);
  });

  it('writes a share as a percentage and a median in days as a number', () => {
    const aandeel = reeksUit([cel({ indicator: 'uitkomst', statistiek: 'aandeel', waarde: 0.25 })]);
    const mediaan = reeksUit([cel({ indicator: 'koppeling--woningtoewijzing', statistiek: 'mediaan', waarde: 41.5 })]);
    const invoer = { id: 'r3', titel: 't', maanden: MAANDEN, periode: 'maand' as const, gemeenten: GEMEENTEN };
    expect(reeksTabel(v, { ...invoer, reeks: aandeel })).toContain('<td>25%</td>');
    expect(reeksTabel(v, { ...invoer, reeks: mediaan })).toContain('<td>41,5</td>');
  });
});

describe('a set page', () => {
  it('shows per indicator its charts and tables for exactly the gemeenten of the answer, and a CSV link with the filter', () => {
    const reeksen = reeksenVan({
      indicatorset: 'doorlooptijden',
      periode: 'maand',
      vanaf: '2026-01',
      tot: '2026-03',
      gemeenten: ['0361'],
      cellen: [cel({ indicator: 'koppeling--woningtoewijzing', statistiek: 'mediaan', waarde: 41 })],
    });
    const html = regieSetInhoud(v, {
      set: 'doorlooptijden',
      filter: { toegestaan: GEMEENTEN, gekozen: ['0361'], vanaf: '2026-01', tot: '2026-03', periode: 'maand' },
      reeksen,
      query: 'gemeente=0361&vanaf=2026-01&tot=2026-03',
      naam: (cbs) => GEMEENTEN.find((g) => g.cbs === cbs)?.naam ?? cbs,
    });
    expect(html).toContain('<h2 id="i-koppeling--woningtoewijzing">Dagen van koppeling tot woningtoewijzing</h2>');
    expect(html).toContain('href="/regie/doorlooptijden/csv?gemeente=0361&amp;vanaf=2026-01&amp;tot=2026-03" download');
    expect(html).toContain('<form method="get" action="/regie/doorlooptijden">');
    expect(html).toContain('id="gemeente-0361" value="0361" checked');
    expect(html).not.toContain('id="gemeente-0373" value="0373" checked');
    expect(html).not.toContain('<th scope="col">Bergen</th>');
  });

  it('lists a series that is under 5 everywhere in a sentence instead of drawing a chart of hatched bars', () => {
    const reeksen = reeksenVan({
      indicatorset: 'afspraken',
      periode: 'maand',
      vanaf: '2026-01',
      tot: '2026-02',
      gemeenten: ['0361'],
      cellen: [
        cel({ indicator: 'gepland', dimensies: { fase: 'opstartfase' }, waarde: 0 }),
        cel({ indicator: 'gepland', dimensies: { fase: 'opstartfase' }, maand: '2026-02', waarde: 0 }),
        cel({ indicator: 'gepland', dimensies: { fase: 'begeleidingsfase' }, waarde: null, onderdrukt: true }),
        cel({ indicator: 'gepland', dimensies: { fase: 'afrondingsfase' }, waarde: 5 }),
        cel({
          indicator: 'gepland',
          dimensies: { fase: 'afrondingsfase' },
          maand: '2026-02',
          waarde: null,
          onderdrukt: true,
        }),
      ],
    });
    const html = regieSetInhoud(v, {
      set: 'afspraken',
      filter: { toegestaan: GEMEENTEN.slice(0, 1), gekozen: [], vanaf: '2026-01', tot: '2026-02', periode: 'maand' },
      reeksen,
      query: '',
      naam: () => 'Alkmaar',
    });
    expect(html.match(/<svg class="rg-grafiek"/g)).toHaveLength(1);
    expect(html).toContain('Geplande afspraken (fase: afrondingsfase), aantal</title>');
    expect(html).toContain(
      'Deze 2 reeksen zijn in deze periode overal minder dan 5, voor elke gemeente en elke periode:</p><ul class="rg-nullen"><li>Geplande afspraken (fase: begeleidingsfase), aantal</li><li>Geplande afspraken (fase: opstartfase), aantal</li></ul>',
    );
  });

  it('explains a filter error next to the form and shows no figures', () => {
    const html = regieSetInhoud(v, {
      set: 'fasen',
      filter: {
        toegestaan: GEMEENTEN.slice(0, 1),
        gekozen: [],
        vanaf: '2020-01',
        tot: '2026-01',
        periode: 'maand',
        fout: 'te-lang',
      },
      query: '',
      naam: (cbs) => cbs,
    });
    expect(html).toContain(
      '<div class="mw-waarschuwing" role="alert" id="filter-fout"><p>Kies hoogstens 24 perioden (bijvoorbeeld 24 maanden of 24 kwartalen).</p></div>',
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('<svg');
    expect(html).toContain('<p>Gemeente: Alkmaar</p>');
  });
});

describe('the CSV download', () => {
  it("passes the API's CSV on unchanged, as an attachment named after set and period, never cached", () => {
    const csv =
      'gemeente;maand;indicator;dimensies;statistiek;waarde\n0518;2026-03;gepland;fase=opstartfase;aantal;<5\n';
    const a = csvAntwoord('afspraken', { vanaf: '2026-01', tot: '2026-03' }, csv);
    expect(a.status).toBe(200);
    expect(a.body).toBe(csv);
    expect(a.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="wegwijs-regie-afspraken-2026-01-2026-03.csv"',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
  });
});
