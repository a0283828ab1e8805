import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { startPlatform, type TestPlatform } from '../support/platform';

/**
 * Issue 22 item 7 (report 4.1.1, 4.2.1): in Woerden a meetmoment scores the six leefgebieden of VWN's monitoring tool
 * and the persoonlijk begeleidingsplan holds Woerden's seven.
 */
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(() => p?.stop());

const ZES = [
  'wonen',
  'financien-en-administratie',
  'jeugd-en-school',
  'sociaal-netwerk',
  'maatschappelijke-participatie',
  'zorg-en-gezondheid',
];

describe('4.2.1 and 4.1.1: Woerden scores on the monitoring tool and plans on its own seven', () => {
  it("4.2.1: a Woerden meetmoment scored on VWN's six is 201; Woerden's plan-only leefgebied there is 422", async () => {
    // Arrange
    const consulent = await p.token({
      sub: 'consulent-0632',
      rol: 'inburgeringsconsulent',
      org: 'gemeente-0632',
      gemeenten: ['0632'],
    });
    const aanmelding = await p.api('POST', '/v1/aanmeldingen', {
      token: consulent,
      body: {
        gemeente: '0632',
        doelgroep: 'asielstatushouder',
        persoon: { voornaam: 'Hawa', achternaam: 'Yusuf', geboortedatum: '1990-02-03', talen: ['ti'] },
        koppelingsdatum: plusDagen(vandaag(), -60),
      },
    });
    expect(aanmelding.status).toBe(201);
    const id = aanmelding.body.inburgeraarId as string;
    const woning = await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, {
      token: consulent,
      body: { datum: plusDagen(vandaag(), -30) },
    });
    expect(woning.status).toBe(200);
    await p.settled();
    const begeleider = await p.token({
      sub: 'mb-woerden',
      rol: 'maatschappelijk-begeleider',
      org: aanmelding.body.uitvoeringsorganisatie as string,
      gemeenten: ['0632'],
    });

    // Act
    const zes = await p.api('POST', `/v1/inburgeraars/${id}/meetmomenten`, {
      token: begeleider,
      body: { datum: vandaag(), scores: Object.fromEntries(ZES.map((g, i) => [g, (i % 5) + 1])) },
    });
    const zevende = await p.api('POST', `/v1/inburgeraars/${id}/meetmomenten`, {
      token: begeleider,
      body: { datum: vandaag(), scores: { 'huiselijke-relaties': 3 } },
    });
    const plan = await p.api('PUT', `/v1/inburgeraars/${id}/begeleidingsplan`, {
      token: begeleider,
      body: {
        datum: vandaag(),
        leefgebieden: [
          { leefgebied: 'kinderen', doelen: [{ omschrijving: 'Oudergesprek op school voorbereiden' }] },
          { leefgebied: 'huiselijke-relaties', doelen: [] },
        ],
      },
    });
    const profiel = await p.api('GET', '/v1/gemeenten/0632/profiel', { token: consulent });

    // Assert
    expect(zes.status).toBe(201);
    expect(zevende.status).toBe(422);
    expect(zevende.headers.get('content-type')).toContain('application/problem+json');
    expect(zevende.body.type).toMatch(/leefgebied-onbekend$/);
    expect(plan.status).toBe(200);
    expect(profiel.body.leefgebieden).toEqual(ZES);
    expect(profiel.body.planLeefgebieden).toHaveLength(7);
    expect(profiel.body.bronnen.planLeefgebieden).toEqual({ soort: 'rapport', sectie: '4.1.1' });
  });
});
