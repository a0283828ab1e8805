import { type Doelgroep, heeftKoppeling } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, plusMaanden, vandaag } from '../support/datums';
import { startPlatform, type TestPlatform } from '../support/platform';

/** The eight cases as the report describes them (issue 11), over HTTP against the local platform. */
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const START = plusDagen(vandaag(), -60);
const KOPPELING = plusDagen(START, -30);
const persoon = { voornaam: 'Lina', achternaam: 'Haddad', geboortedatum: '1991-07-14', talen: ['ar'] };

const consulent = (cbs: string) =>
  p.token({ sub: `consulent-${cbs}`, rol: 'inburgeringsconsulent', org: `gemeente-${cbs}`, gemeenten: [cbs] });
const begeleider = (cbs: string, org: string) =>
  p.token({ sub: `mb-${cbs}-${org}`, rol: 'maatschappelijk-begeleider', org, gemeenten: [cbs] });

async function aanmelden(cbs: string, doelgroep: string, token: string): Promise<string> {
  const res = await p.api('POST', '/v1/aanmeldingen', {
    token,
    // Only a doelgroep with a COA koppeling has a koppelingsdatum (report 4.4).
    body: {
      gemeente: cbs,
      doelgroep,
      persoon,
      ...(heeftKoppeling(doelgroep as Doelgroep) ? { koppelingsdatum: KOPPELING } : {}),
    },
  });
  expect(res.status).toBe(201);
  return res.body.inburgeraarId as string;
}

/** An asielstatushouder whose MB started 60 days ago at the woningtoewijzing. */
async function gestart(cbs: string, org: string) {
  const c = await consulent(cbs);
  const id = await aanmelden(cbs, 'asielstatushouder', c);
  expect(
    (await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, { token: c, body: { datum: START } })).status,
  ).toBe(200);
  await p.settled();
  return { id, begeleider: await begeleider(cbs, org), consulent: c };
}

describe('3. a nareiziger in Den Haag with only a BRP-inschrijving (report 4.1.2; Wi2021 art. 13(3))', () => {
  it('gets a traject that starts on the day of the BRP-inschrijving', async () => {
    // Arrange
    const c = await consulent('0518');
    const id = await aanmelden('0518', 'nareiziger', c);
    // Act
    const brp = await p.api('POST', `/v1/inburgeraars/${id}/brp-inschrijving`, { token: c, body: { datum: START } });
    await p.settled();
    // Assert
    expect(brp.status).toBe(200);
    expect(brp.body.traject).toMatchObject({ startdatum: START, einddatum: plusMaanden(START, 12) });
    const traject = await p.api('GET', `/v1/inburgeraars/${id}/traject`, {
      token: await begeleider('0518', 'vluchtelingenwerk'),
    });
    expect(traject.body).toMatchObject({ fase: 'opstartfase', startdatum: START, einddatum: plusMaanden(START, 12) });
    expect((await p.api('GET', `/v1/inburgeraars/${id}`, { token: c })).body).toMatchObject({
      status: 'opstartfase',
      traject: { fase: 'opstartfase', startdatum: START },
    });
  });
});

describe('2. a gezinsmigrant in Rotterdam (report 4.4)', () => {
  it('gets the organisation the deployment configures, no housing checklist and MB from the BRP-inschrijving', async () => {
    // Arrange
    const c = await consulent('0599');
    const id = await aanmelden('0599', 'gezinsmigrant', c);
    const aanbieder = await begeleider('0599', 'aanbieder-gezinsmigranten');
    // Act
    const inburgeraar = await p.api('GET', `/v1/inburgeraars/${id}`, { token: c });
    await p.api('POST', `/v1/inburgeraars/${id}/brp-inschrijving`, { token: c, body: { datum: START } });
    await p.settled();
    const regeldag = await p.api('POST', `/v1/inburgeraars/${id}/regeldag`, {
      token: aanbieder,
      body: { datum: START },
    });
    const doorGroUp = await p.api('POST', `/v1/inburgeraars/${id}/regeldag`, {
      token: await begeleider('0599', 'gro-up'),
      body: { datum: START },
    });
    const traject = await p.api('GET', `/v1/inburgeraars/${id}/traject`, { token: aanbieder });
    // Assert
    expect(inburgeraar.body.uitvoeringsorganisatie).toBe('aanbieder-gezinsmigranten');
    expect(regeldag.status).toBe(201);
    const checklist = regeldag.body.checklist as { item: string; categorie: string; inhuizingsdag?: boolean }[];
    expect(checklist.length).toBeGreaterThan(0);
    expect(checklist.filter((i) => i.categorie === 'HV' || i.inhuizingsdag)).toEqual([]);
    expect(doorGroUp.status).toBe(404);
    // the workshop of choice and individual help, not the statushouder traject (issue 22 item 5): no opstartfase, no
    // einddatum
    expect(traject.body).toMatchObject({ fase: 'begeleidingsfase', startdatum: START, einddatum: null });
  });
});

describe('1. warme overdracht where the report says it happens (report 4.3)', () => {
  it('accepts a warme overdracht in Tholen', async () => {
    const d = await gestart('0716', 'gemeente-0716');
    const res = await p.api('POST', `/v1/inburgeraars/${d.id}/afronding`, {
      token: d.begeleider,
      body: { datum: plusDagen(vandaag(), -1), soort: 'warme-overdracht' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fase: 'afgerond', afronding: { soort: 'warme-overdracht' } });
  });

  it('accepts a warme overdracht in Rotterdam after the eindgesprek, with the written overdracht', async () => {
    const d = await gestart('0599', 'vluchtelingenwerk');
    const gisteren = plusDagen(vandaag(), -1);
    const res = await p.api('POST', `/v1/inburgeraars/${d.id}/afronding`, {
      token: d.begeleider,
      body: {
        datum: gisteren,
        soort: 'warme-overdracht',
        eindgesprekOp: plusDagen(vandaag(), -3),
        overdracht: 'Schriftelijke overdracht aan de inburgeringsconsulent; warme overdracht naar het wijkteam.',
        // Rotterdam's third phase evaluates "of de beoogde resultaten zijn bereikt" (3.3.4).
        resultatenBereikt: 'gedeeltelijk',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      fase: 'afgerond',
      afronding: { soort: 'warme-overdracht', eindgesprekOp: plusDagen(vandaag(), -3) },
    });
  });

  it("refuses Roermond's afronding without an eindgesprek and written overdracht, saying why", async () => {
    const d = await gestart('0957', 'vluchtelingenwerk');
    const res = await p.api('POST', `/v1/inburgeraars/${d.id}/afronding`, {
      token: d.begeleider,
      body: { datum: plusDagen(vandaag(), -1), soort: 'warme-overdracht' },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: expect.stringMatching(/afronding-onvolledig$/),
      status: 422,
      detail: expect.stringContaining('Roermond closes MB with the steps its profile requires (report 4.3'),
      errors: [
        { path: 'eindgesprekOp', message: expect.any(String) },
        { path: 'overdracht', message: expect.any(String) },
      ],
    });
    const traject = await p.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: d.begeleider });
    expect(traject.body.fase).not.toBe('afgerond');
  });
});

describe('where each fact comes from', () => {
  it('GET /v1/gemeenten/{cbs}/profiel gives a source for every field, and names the deployment where it set one', async () => {
    for (const cbs of ['0518', '0014', '0074', '0957', '0599', '0716', '0632', '0383']) {
      const res = await p.api('GET', `/v1/gemeenten/${cbs}/profiel`, { token: await consulent(cbs) });
      expect(res.status).toBe(200);
      const velden = Object.keys(res.body).filter((k) => k !== 'bronnen');
      expect(velden.filter((v) => !res.body.bronnen[v])).toEqual([]);
    }
    const rotterdam = await p.api('GET', '/v1/gemeenten/0599/profiel', { token: await consulent('0599') });
    expect(rotterdam.body.bronnen.doelgroepen).toEqual({ soort: 'deployment', deployment: 'lokaal' });
    expect(rotterdam.body.bronnen.looptijdMaanden).toEqual({ soort: 'rapport', sectie: '3.3; 3.3.3' });
    expect(rotterdam.body.bronnen.maxDagenZonderContact).toMatchObject({ soort: 'aanname' });
  });
});

describe('spreekuur and inloop (report 3.3)', () => {
  it('records a walk-in contact without an appointment in Groningen and shows the spreekuur in the profile', async () => {
    const c = await consulent('0014');
    const id = await aanmelden('0014', 'asielstatushouder', c);
    await p.settled();
    const humanitas = await begeleider('0014', 'humanitas');
    const contact = await p.api('POST', `/v1/inburgeraars/${id}/contactmomenten`, {
      token: humanitas,
      body: { datum: plusDagen(vandaag(), -1), vorm: 'spreekuur', duurMinuten: 15, zonderAfspraak: true },
    });
    expect(contact.status).toBe(201);
    const profiel = await p.api('GET', '/v1/gemeenten/0014/profiel', { token: c });
    expect(profiel.body.spreekuur).toEqual({ frequentie: 'dagelijks', zonderAfspraak: true });
  });
});
