import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, VASTE_KLOK, vandaag } from '../support/datums';
import { nieuwDossier } from '../support/dossier';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 13 over HTTP on the real local platform: dossiers made through the API, their RegietellingenBijgewerkt events
// delivered to regie by the local bus (awaited, never slept for), and the figures read back per gemeente, side by side
// for Zaffier's samenwerkingsverband, as JSON and as CSV.

const DEN_HAAG = '0518';
const ZAFFIER = ['0361', '0373', '0383', '1980', '0399', '0450'];

let p: TestPlatform;
/** The month of the koppeling and of the woningtoewijzing of every dossier made here (support/dossier.ts). */
const koppelMaand = () => plusDagen(plusDagen(vandaag(), -60), -20).slice(0, 7);
const woningMaand = () => plusDagen(vandaag(), -60).slice(0, 7);

const beleid = (gemeenten: string[]) =>
  p.token({ sub: `bm-${gemeenten.join('-')}`, rol: 'beleidsmedewerker', org: `gemeente-${gemeenten[0]}`, gemeenten });

interface Cel {
  gemeente: string;
  maand: string;
  indicator: string;
  dimensies: Record<string, string>;
  statistiek: string;
  waarde: number | null;
  onderdrukt: boolean;
}
const cel = (cellen: Cel[], gemeente: string, maand: string, indicator: string, statistiek = 'aantal') =>
  cellen.find(
    (c) =>
      c.gemeente === gemeente &&
      c.maand === maand &&
      c.indicator === indicator &&
      c.statistiek === statistiek &&
      (indicator !== 'aanmeldingen' || c.dimensies.doelgroep === 'asielstatushouder'),
  );

beforeAll(async () => {
  // A fixed clock: which months the scenario's dates fall in decides the cells asserted (issue 19, item 6).
  p = await startPlatform({ logLevel: 'WARN', klok: VASTE_KLOK });
  // Arrange: six dossiers in Den Haag, five in Alkmaar, three in Bergen (each: aanmelding, woningtoewijzing 20 days
  // later); nieuwDossier waits until the bus has delivered every event, regie's included.
  for (let i = 0; i < 6; i++) await nieuwDossier(p, DEN_HAAG, 'vluchtelingenwerk');
  for (let i = 0; i < 5; i++) await nieuwDossier(p, '0361', 'inova');
  for (let i = 0; i < 3; i++) await nieuwDossier(p, '0373', 'inova');
}, 180_000);
afterAll(() => p?.stop());

describe('the regie monitor over HTTP', () => {
  it("shows a gemeente's beleidsmedewerker its own figures from the events of real dossiers", async () => {
    // Act
    const token = await beleid([DEN_HAAG]);
    const fasen = await p.api('GET', '/v1/regie/fasen', { token });
    const doorloop = await p.api('GET', `/v1/regie/doorlooptijden?gemeente=${DEN_HAAG}`, { token });
    // Assert
    expect(fasen.status).toBe(200);
    expect(fasen.body.gemeenten).toEqual([DEN_HAAG]);
    expect(fasen.body.tot).toBe(vandaag().slice(0, 7));
    // six aanmeldingen, rounded to 5 (issue 22 item 12: every count is rounded to a base of 5)
    expect(cel(fasen.body.cellen, DEN_HAAG, koppelMaand(), 'aanmeldingen')).toMatchObject({
      waarde: 5,
      onderdrukt: false,
    });
    expect(doorloop.status).toBe(200);
    const pad = 'koppeling--woningtoewijzing';
    expect(cel(doorloop.body.cellen, DEN_HAAG, woningMaand(), pad)).toMatchObject({ waarde: 5 });
    expect(cel(doorloop.body.cellen, DEN_HAAG, woningMaand(), pad, 'mediaan')).toMatchObject({ waarde: 20 });
    // a p90 over six values would be the largest one, one person's days: not published under 10 values
    expect(cel(doorloop.body.cellen, DEN_HAAG, woningMaand(), pad, 'p90')).toMatchObject({
      waarde: null,
      onderdrukt: true,
    });
  });

  it("answers 404 for another gemeente's figures, 403 to an organisation's staff, 400 for more than 24 months", async () => {
    const denHaag = await beleid([DEN_HAAG]);
    const begeleider = await p.token({
      sub: 'mb-regie',
      rol: 'maatschappelijk-begeleider',
      org: 'vluchtelingenwerk',
      gemeenten: [DEN_HAAG],
    });
    const ander = await p.api('GET', '/v1/regie/fasen?gemeente=0361', { token: denHaag });
    const mb = await p.api('GET', `/v1/regie/fasen?gemeente=${DEN_HAAG}`, { token: begeleider });
    const lang = await p.api('GET', '/v1/regie/fasen?vanaf=2024-01&tot=2026-01', { token: denHaag });
    const omgekeerd = await p.api('GET', '/v1/regie/fasen?vanaf=2026-03&tot=2026-01', { token: denHaag });
    const week = await p.api('GET', '/v1/regie/fasen?periode=week', { token: denHaag });
    expect([ander.status, mb.status, lang.status, omgekeerd.status, week.status]).toEqual([404, 403, 400, 400, 400]);
    expect(lang.headers.get('content-type')).toContain('application/problem+json');
  });

  it("shows Zaffier's beleidsmedewerker its six gemeenten side by side, small cells as <5", async () => {
    // Act: no gemeente asked: all six of the token
    const res = await p.api('GET', '/v1/regie/fasen', { token: await beleid(ZAFFIER) });
    // Assert
    expect(res.status).toBe(200);
    expect(res.body.gemeenten).toEqual([...ZAFFIER].sort());
    // the six side by side, and their total (issue 22 item 13)
    expect(new Set(res.body.cellen.map((c: Cel) => c.gemeente))).toEqual(new Set([...ZAFFIER, 'totaal']));
    expect(cel(res.body.cellen, '0361', koppelMaand(), 'aanmeldingen')).toMatchObject({ waarde: 5, onderdrukt: false });
    // Bergen's three round to 5; Castricum's none round to 0 and read "<5" (a hidden cell may be 0: item 12)
    expect(cel(res.body.cellen, '0373', koppelMaand(), 'aanmeldingen')).toMatchObject({ waarde: 5, onderdrukt: false });
    expect(cel(res.body.cellen, '0383', koppelMaand(), 'aanmeldingen')).toMatchObject({
      waarde: null,
      onderdrukt: true,
    });
    expect(cel(res.body.cellen, 'totaal', koppelMaand(), 'aanmeldingen')).toMatchObject({ waarde: 10 });
    // the year of the samenwerkingsverband: one cell per gemeente and the total, labelled with the year
    const jaar = await p.api('GET', '/v1/regie/fasen?periode=jaar', { token: await beleid(ZAFFIER) });
    expect(jaar.status).toBe(200);
    expect(jaar.body.periode).toBe('jaar');
    const totaal = (jaar.body.cellen as (Cel & { periode: string })[]).find(
      (c) =>
        c.gemeente === 'totaal' &&
        c.periode === koppelMaand().slice(0, 4) &&
        c.indicator === 'aanmeldingen' &&
        c.dimensies.doelgroep === 'asielstatushouder',
    );
    expect(totaal).toMatchObject({ waarde: 10, onderdrukt: false });
    // Den Haag is not Zaffier's
    expect(res.body.cellen.some((c: Cel) => c.gemeente === DEN_HAAG)).toBe(false);
  });

  it('answers CSV when asked: the header, one line per cell, "<5" for a suppressed cell', async () => {
    // Act
    const res = await p.api('GET', '/v1/regie/fasen?gemeente=0361,0373', {
      token: await beleid(ZAFFIER),
      headers: { accept: 'text/csv' },
    });
    // Assert
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const regels = String(res.body).split('\r\n');
    expect(regels[0]).toBe('gemeente;periode;indicator;dimensies;statistiek;waarde');
    expect(regels).toContain(`0361;${koppelMaand()};aanmeldingen;doelgroep=asielstatushouder;aantal;5`);
    expect(regels).toContain(`0373;${koppelMaand()};aanmeldingen;doelgroep=nareiziger;aantal;<5`);
    expect(regels).toContain(`totaal;${koppelMaand()};aanmeldingen;doelgroep=asielstatushouder;aantal;10`);
    expect(regels.some((r) => r.startsWith(DEN_HAAG))).toBe(false);
  });
});
