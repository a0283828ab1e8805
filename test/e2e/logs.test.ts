import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { LogPrivacy } from '../support/log-privacy';
import { startPlatform, type TestPlatform } from '../support/platform';

// Every e2e file's platform scans its function logs at stop() (test/support/log-privacy.ts); this file walks a whole
// dossier with distinctive data and also checks the collector itself.
let p: TestPlatform;
let lines: string[];
beforeAll(async () => {
  p = await startPlatform({ logLevel: 'DEBUG' });
  lines = p.logs.regels;
});
afterAll(() => p?.stop());

// Distinctive personal data: none of it may ever reach a log line.
const PERSOON = { voornaam: 'Zerihun', achternaam: 'Woldemariam', geboortedatum: '1979-03-17', talen: ['am'] };
const GEHEIM = [
  'Zerihun',
  'Woldemariam',
  '1979-03-17',
  'Slaapt slecht na nieuws uit Tigray',
  'Huurachterstand bij Staedion',
  'Leest graag Amhaars',
];

describe('nothing personal in logs', () => {
  it('logs ids, never names, birth dates or free text, across a whole dossier', async () => {
    // Arrange
    const consulent = await p.token({
      sub: 'c-0518',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0518',
      gemeenten: ['0518'],
    });
    const begeleider = await p.token({
      sub: 'mb-0518',
      rol: 'maatschappelijk-begeleider',
      org: 'vluchtelingenwerk',
      gemeenten: ['0518'],
    });
    const start = plusDagen(vandaag(), -40);
    // Act
    const aanmelding = await p.api('POST', '/v1/aanmeldingen', {
      token: consulent,
      body: {
        gemeente: '0518',
        doelgroep: 'asielstatushouder',
        persoon: PERSOON,
        koppelingsdatum: plusDagen(start, -10),
      },
    });
    const id = aanmelding.body.inburgeraarId as string;
    const inburgeraar = await p.token({ sub: id, rol: 'inburgeraar' });
    await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, { token: consulent, body: { datum: start } });
    await p.api('POST', `/v1/inburgeraars/${id}/toestemmingen`, {
      token: inburgeraar,
      body: {
        ontvanger: { gemeente: '0518' },
        categorieen: ['signalen', 'voortgangsrapportage'],
        expliciet: true,
        doel: 'regie',
        taal: 'am',
        tekstversie: 'v1',
      },
    });
    const gister = plusDagen(vandaag(), -1);
    await p.api('POST', `/v1/inburgeraars/${id}/signalen`, {
      token: begeleider,
      body: { datum: gister, soort: 'psychisch', urgentie: 'hoog', toelichting: GEHEIM[3] },
    });
    await p.api('POST', `/v1/inburgeraars/${id}/voortgangsrapportages`, {
      token: begeleider,
      body: { datum: gister, tekst: GEHEIM[5] },
    });
    await p.api('POST', `/v1/inburgeraars/${id}/verwijzingen`, {
      token: begeleider,
      body: { naar: 'schuldhulpverlening', toelichting: GEHEIM[4] },
    });
    await p.api('POST', '/v1/aanmeldingen', {
      token: consulent,
      body: { gemeente: '0518', doelgroep: 'asielstatushouder', persoon: PERSOON, koppelingsdatum: 'gisteren' },
    });
    await p.settled();
    await p.api('GET', `/v1/inburgeraars/${id}/voortgang`, { token: consulent });
    await p.api('GET', `/v1/inburgeraars/${id}`, { token: consulent });
    // Assert
    expect(aanmelding.status).toBe(201);
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(text).toContain(id);
    for (const geheim of GEHEIM) expect(text).not.toContain(geheim);
  });
});

describe('the shared log collector', () => {
  it('remembers personal values at any depth and finds them in a log line', () => {
    // Arrange
    const logs = new LogPrivacy();
    logs.verzoek({ persoon: { voornaam: 'Zerihun', geboortedatum: '1979-03-17' }, items: [{ toelichting: 'Huur' }] });
    logs.verzoek(JSON.stringify({ tekst: 'Leest graag Amhaars' }));
    // Act
    logs.regel('{"level":"INFO","message":"aanmelding","inburgeraarId":"01J"}');
    logs.regel('{"level":"DEBUG","message":"body","voornaam":"Zerihun"}');
    // Assert
    expect([...logs.gebruikt].sort()).toEqual(['1979-03-17', 'Leest graag Amhaars', 'Zerihun']);
    expect(logs.lekken()).toEqual([{ waarde: 'Zerihun', regel: expect.stringContaining('DEBUG') }]);
  });

  it('has seen every personal value this file sent', () => {
    for (const geheim of ['Zerihun', 'Woldemariam', '1979-03-17', GEHEIM[3], GEHEIM[4], GEHEIM[5]]) {
      expect(p.logs.gebruikt.has(geheim as string)).toBe(true);
    }
  });
});
