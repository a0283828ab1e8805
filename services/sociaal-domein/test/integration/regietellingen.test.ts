import { RegietellingenBijgewerkt } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Opstelling, startOpstelling } from './opstelling';

const STAP = '/v1/inburgeraars/{id}/verwijzingen/{verwijzingId}';
let o: Opstelling;
let begeleider: string;
let partner: string;

beforeAll(async () => {
  o = await startOpstelling();
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0632'] });
  partner = await o.token('partner-schuldhulpverlening', {
    org: 'kredietbank',
    gemeenten: ['0632'],
    sub: 'wmo-geheim',
  });
});
afterAll(() => o.omgeving.stop());

/** The RegietellingenBijgewerkt the handler published since `vanaf` (an index into everything it published). */
const tellingenSinds = (vanaf: number) =>
  o.gepubliceerd.slice(vanaf).filter((e) => e.contract.detailType === RegietellingenBijgewerkt.detailType);

describe('sociaal-domein publishes regie tellingen in the write of the verwijzing', () => {
  it('a verwijzing sent, sent back and closed: verstuurd per partner, then each uitkomst, all anonymous', async () => {
    // Arrange
    const id = await o.aanmelden('0632', 'vluchtelingenwerk');
    o.toestemmingen.set(id, [
      { toestemmingId: `t-${id}`, gemeente: '0632', categorieen: ['verwijzing'], expliciet: false },
    ]);
    const begin = o.gepubliceerd.length;
    // Act
    const verstuurd = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/verwijzingen',
      params: { id },
      body: { naar: 'schuldhulpverlening', toelichting: 'Geheime schulden bij de verhuurder.' },
      token: begeleider,
    });
    const params = { id, verwijzingId: verstuurd.body.verwijzingId as string };
    const terug = await roep(o.handler, {
      method: 'POST',
      routePath: `${STAP}/terugwijzing`,
      params,
      body: { reden: 'Spreekt geen Nederlands, geheim', redenCode: 'taal' },
      token: partner,
    });
    const nogmaals = await roep(o.handler, {
      method: 'POST',
      routePath: `${STAP}/terugwijzing`,
      params,
      body: { reden: 'Nogmaals', redenCode: 'taal' },
      token: partner,
    });
    const afgerond = await roep(o.handler, {
      method: 'POST',
      routePath: `${STAP}/afronding`,
      params,
      token: begeleider,
    });
    // Assert: the refused repeat (409) wrote nothing and counted nothing
    expect([verstuurd.status, terug.status, nogmaals.status, afgerond.status]).toEqual([201, 200, 409, 200]);
    const events = tellingenSinds(begin);
    const maand = new Date().toISOString().slice(0, 7);
    expect(events.map((e) => e.data)).toEqual([
      {
        tellingen: [
          {
            indicatorset: 'verwijzingen',
            indicator: 'verstuurd',
            maand,
            dimensies: { partner: 'schuldhulpverlening' },
            delta: 1,
          },
        ],
      },
      {
        tellingen: [
          {
            indicatorset: 'verwijzingen',
            indicator: 'uitkomst',
            maand,
            dimensies: { partner: 'schuldhulpverlening', uitkomst: 'teruggewezen' },
            delta: 1,
          },
        ],
      },
      {
        tellingen: [
          {
            indicatorset: 'verwijzingen',
            indicator: 'uitkomst',
            maand,
            dimensies: { partner: 'schuldhulpverlening', uitkomst: 'afgerond' },
            delta: 1,
          },
        ],
      },
    ]);
    expect(events.map((e) => e.bron)).toEqual(Array(3).fill('wegwijs.sociaal-domein'));
    expect(events[1]?.meta).toEqual({
      gemeente: '0632',
      actor: { rol: 'partner-schuldhulpverlening', org: 'kredietbank' },
      correlationId: expect.any(String),
      // the request's W3C trace (a new one: the request sent no traceparent); it names nobody
      traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
    });
    const tekst = JSON.stringify(events.map((e) => [e.meta, e.data]));
    for (const geheim of [id, params.verwijzingId, 'geheim', 'Geheime', `t-${id}`, 'wmo-geheim']) {
      expect(tekst).not.toContain(geheim);
    }
  });

  it('a verwijzing the broker refuses (no consent) is not stored and not counted', async () => {
    // Arrange
    const id = await o.aanmelden('0632', 'vluchtelingenwerk');
    const begin = o.gepubliceerd.length;
    // Act
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/verwijzingen',
      params: { id },
      body: { naar: 'wmo', toelichting: 'Zonder toestemming.' },
      token: begeleider,
    });
    // Assert
    expect(res.status).toBe(422);
    expect(tellingenSinds(begin)).toEqual([]);
  });
});
