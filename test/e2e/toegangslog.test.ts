import { randomBytes } from 'node:crypto';
import { AanmeldingGeregistreerd, consumersOf, HTTP_ROUTES, raaktPersoon, WoningToegewezen } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../support/datums';
import { startPlatform, type TestPlatform } from '../support/platform';

// Issue 20: the access log per user, need to know for the gemeente, signaleringen, trace context and bound cursors,
// over HTTP on the local platform.
const DREMPEL = 3;
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform({ drempelDossiersPerUur: DREMPEL });
});
afterAll(() => p?.stop());

const traceId = () => randomBytes(16).toString('hex');
const traceparent = (trace: string) => `00-${trace}-${randomBytes(8).toString('hex')}-01`;

const staf = (sub: string, rol: string, org: string, gemeenten = ['0518']) =>
  p.token({ sub, rol: rol as never, org, gemeenten });

async function meldAan(consulent: string): Promise<string> {
  const res = await p.api('POST', '/v1/aanmeldingen', {
    token: consulent,
    body: {
      gemeente: '0518',
      doelgroep: 'asielstatushouder',
      persoon: { voornaam: 'Test', achternaam: 'Persoon', geboortedatum: '1990-01-01', talen: ['ar'] },
      koppelingsdatum: plusDagen(vandaag(), -30),
    },
  });
  expect(res.status).toBe(201);
  return res.body.inburgeraarId as string;
}

interface Regel {
  actor: { sub: string; rol: string; org?: string };
  actie: string;
  object?: string;
  resultaat: number;
  oorsprong: string;
  traceId: string;
  tijdstip: string;
}

describe('the access log', () => {
  let consulent: string;
  let begeleider: string;
  let fg: string;
  let id: string;
  const sporen = { traject: traceId(), plan: traceId(), voortgang: traceId() };
  const antwoorden: Record<string, number> = {};

  beforeAll(async () => {
    consulent = await staf('consulent-0518', 'inburgeringsconsulent', 'gemeente-0518');
    begeleider = await staf('mb-0518', 'maatschappelijk-begeleider', 'vluchtelingenwerk');
    fg = await staf('fg-0518', 'functionaris-gegevensbescherming', 'gemeente-0518');
    id = await meldAan(consulent);
    // Act: a begeleider reads a traject and a plan, a consulent reads voortgang, each with a trace of its own.
    for (const [naam, pad, token] of [
      ['traject', 'traject', begeleider],
      ['plan', 'begeleidingsplan', begeleider],
      ['voortgang', 'voortgang', consulent],
    ] as const) {
      const res = await p.api('GET', `/v1/inburgeraars/${id}/${pad}`, {
        token,
        headers: { traceparent: traceparent(sporen[naam]) },
      });
      antwoorden[naam] = res.status;
    }
  });

  it('shows the FG each read with actor, action, object, result, origin and trace id', async () => {
    // Act
    const res = await p.api('GET', `/v1/toegangslog?gemeente=0518&inburgeraarId=${id}`, { token: fg });
    // Assert
    expect(res.status).toBe(200);
    const items = res.body.items as Regel[];
    const van = (trace: string) => items.find((i) => i.traceId === trace);
    expect(van(sporen.traject)).toMatchObject({
      actor: { sub: 'mb-0518', rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
      actie: 'traject',
      object: id,
      resultaat: antwoorden.traject,
    });
    expect(van(sporen.plan)).toMatchObject({
      actor: { sub: 'mb-0518' },
      actie: 'begeleidingsplan',
      object: id,
      resultaat: antwoorden.plan,
    });
    expect(van(sporen.voortgang)).toMatchObject({
      actor: { sub: 'consulent-0518', rol: 'inburgeringsconsulent', org: 'gemeente-0518' },
      actie: 'voortgang',
      object: id,
      resultaat: antwoorden.voortgang,
    });
    for (const trace of Object.values(sporen)) {
      expect(van(trace)?.oorsprong).toMatch(/127\.0\.0\.1|::1/);
      expect(Date.parse(van(trace)?.tijdstip ?? '')).not.toBeNaN();
    }
    // The aanmelding itself is logged too, with the id it created.
    expect(items.some((i) => i.actie === 'aanmelden' && i.resultaat === 201)).toBe(true);
    // Nothing but ids and codes.
    expect(JSON.stringify(res.body)).not.toMatch(/Test|Persoon|1990-01-01/);
  });

  it("shows an uitvoeringsorganisatie's teamleider its own staff's reads and no one else's", async () => {
    // Arrange
    const teamleider = await staf('tl-vwn', 'teamleider', 'vluchtelingenwerk');
    // Act
    const res = await p.api('GET', `/v1/toegangslog?gemeente=0518&inburgeraarId=${id}`, { token: teamleider });
    const perGebruiker = await p.api('GET', '/v1/toegangslog?gemeente=0518&gebruiker=consulent-0518', {
      token: teamleider,
    });
    // Assert
    expect(res.status).toBe(200);
    const items = res.body.items as Regel[];
    expect(items.map((i) => i.traceId)).toEqual(expect.arrayContaining([sporen.traject, sporen.plan]));
    expect(items.every((i) => i.actor.org === 'vluchtelingenwerk')).toBe(true);
    expect(perGebruiker.status).toBe(200);
    expect(perGebruiker.body.items).toEqual([]);
  });

  it('is 403 for every other role', async () => {
    // Arrange
    const anderen = [
      consulent,
      begeleider,
      await staf('bm-0518', 'beleidsmedewerker', 'gemeente-0518'),
      await staf('wmo-0518', 'wmo-consulent', 'gemeente-0518'),
      await staf('vw-0518', 'vrijwilliger', 'vluchtelingenwerk'),
      await p.token({ sub: id, rol: 'inburgeraar' }),
    ];
    // Act
    const statussen = [];
    for (const token of anderen) {
      statussen.push((await p.api('GET', '/v1/toegangslog?gemeente=0518', { token })).status);
      statussen.push((await p.api('GET', '/v1/toegangslog/signaleringen?gemeente=0518', { token })).status);
    }
    // Assert
    expect(statussen).toEqual(anderen.flatMap(() => [403, 403]));
  });

  it("is 404 for another gemeente's FG, for the gemeente and for a dossier outside its gemeenten", async () => {
    // Arrange
    const fgGroningen = await staf('fg-0014', 'functionaris-gegevensbescherming', 'gemeente-0014', ['0014']);
    // Act
    const gemeente = await p.api('GET', '/v1/toegangslog?gemeente=0518', { token: fgGroningen });
    const dossier = await p.api('GET', `/v1/toegangslog?gemeente=0014&inburgeraarId=${id}`, { token: fgGroningen });
    const eigen = await p.api('GET', '/v1/toegangslog?gemeente=0014', { token: fgGroningen });
    // Assert
    expect([gemeente.status, dossier.status, eigen.status]).toEqual([404, 404, 200]);
    expect(JSON.stringify(eigen.body)).not.toContain(id);
  });

  it("keeps a request's trace id in the access log and in the log lines of every consumer of its events", async () => {
    // Arrange
    const trace = traceId();
    // Act
    const res = await p.api('POST', `/v1/inburgeraars/${id}/woningtoewijzing`, {
      token: consulent,
      body: { datum: plusDagen(vandaag(), -20) },
      headers: { traceparent: traceparent(trace) },
    });
    await p.settled();
    const log = await p.api('GET', `/v1/toegangslog?gemeente=0518&inburgeraarId=${id}`, { token: fg });
    // Assert
    expect(res.status).toBe(200);
    expect((log.body.items as Regel[]).find((i) => i.traceId === trace)).toMatchObject({
      actie: 'woningtoewijzing',
      resultaat: 200,
    });
    const regels = p.logs.regels
      .map((r) => {
        try {
          return JSON.parse(r) as Record<string, unknown>;
        } catch {
          return {};
        }
      })
      .filter((r) => r.trace_id === trace);
    const consumenten = [...consumersOf(WoningToegewezen.detailType), 'toegangslog'];
    for (const consument of consumenten) {
      expect(
        regels.some((r) => r.service === consument && r.message === 'event handled' && typeof r.span_id === 'string'),
        consument,
      ).toBe(true);
    }
    // The HTTP function's own lines carry it as well.
    expect(regels.some((r) => r.service === 'aanmelding' && r.message === 'request handled')).toBe(true);
  });

  it('keeps the trace of an aanmelding in every context that consumes it, the consent broker included', async () => {
    // Arrange
    const trace = traceId();
    // Act
    const res = await p.api('POST', '/v1/aanmeldingen', {
      token: consulent,
      headers: { traceparent: traceparent(trace) },
      body: {
        gemeente: '0518',
        doelgroep: 'asielstatushouder',
        persoon: { voornaam: 'Test', achternaam: 'Persoon', geboortedatum: '1990-01-01', talen: ['ar'] },
        koppelingsdatum: plusDagen(vandaag(), -30),
      },
    });
    await p.settled();
    // Assert
    expect(res.status).toBe(201);
    const regels = p.logs.regels.flatMap((r) => {
      try {
        const regel = JSON.parse(r) as Record<string, unknown>;
        return regel.trace_id === trace && regel.message === 'event handled' ? [regel.service] : [];
      } catch {
        return [];
      }
    });
    const consumenten = [...consumersOf(AanmeldingGeregistreerd.detailType), 'toegangslog'];
    expect(consumenten).toContain('toestemming');
    expect([...new Set(regels)].sort()).toEqual(expect.arrayContaining(consumenten.sort()));
  });

  it('starts a new trace for a request without traceparent', async () => {
    // Act
    await p.api('GET', `/v1/inburgeraars/${id}`, { token: consulent });
    const log = await p.api('GET', `/v1/toegangslog?gemeente=0518&inburgeraarId=${id}`, { token: fg });
    // Assert
    const eerste = (log.body.items as Regel[])[0];
    expect(eerste).toMatchObject({ actie: 'inburgeraar', actor: { sub: 'consulent-0518' } });
    expect(eerste?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.values(sporen)).not.toContain(eerste?.traceId);
  });
});

describe('watching for misuse', () => {
  it('gives a signalering when a user opens more distinct dossiers within an hour than the threshold', async () => {
    // Arrange
    const consulent = await staf('nieuwsgierig-0518', 'inburgeringsconsulent', 'gemeente-0518');
    const fg = await staf('fg-0518', 'functionaris-gegevensbescherming', 'gemeente-0518');
    const ids: string[] = [];
    for (let i = 0; i <= DREMPEL; i++)
      ids.push(await meldAan(await staf('c2-0518', 'inburgeringsconsulent', 'gemeente-0518')));
    // Act
    for (const id of ids) expect((await p.api('GET', `/v1/inburgeraars/${id}`, { token: consulent })).status).toBe(200);
    await p.settled();
    const res = await p.api('GET', '/v1/toegangslog/signaleringen?gemeente=0518', { token: fg });
    // Assert
    expect(res.status).toBe(200);
    const eigen = res.body.items.filter((s: { actor: { sub: string } }) => s.actor.sub === 'nieuwsgierig-0518');
    expect(eigen).toHaveLength(1);
    expect(eigen[0]).toMatchObject({ soort: 'veel-dossiers', aantal: DREMPEL + 1, drempel: DREMPEL });
    // ... and the alarm a deployed stack sends to its topic (ALARM_EVENTS), here at GET /dev/alarmen.
    const alarmen = (await p.api('GET', '/dev/alarmen')).body.items as { alarm: string; reden: string }[];
    const alarm = alarmen.find(
      (a) => a.alarm === 'wegwijs-lokaal-toegang-signalering' && a.reden.includes(eigen[0].signaleringId),
    );
    expect(alarm?.reden).toContain(
      `user nieuwsgierig-0518 (inburgeringsconsulent) opened ${DREMPEL + 1} distinct dossiers`,
    );
  });
});

describe('need to know for the gemeente', () => {
  it('answers a beleidsmedewerker 403 on every person-level path of the route table', async () => {
    // Arrange
    const consulent = await staf('c3-0518', 'inburgeringsconsulent', 'gemeente-0518');
    const id = await meldAan(consulent);
    const beleid = await staf('bm-0518', 'beleidsmedewerker', 'gemeente-0518');
    const routes = HTTP_ROUTES.filter(raaktPersoon);
    // Act
    const statussen: Record<string, number> = {};
    for (const route of routes) {
      const pad = route.path
        .replace('{id}', id)
        .replace('{cbs}', '0518')
        .replace(/\{[^}]+\}/g, 'x');
      const query = route.method === 'GET' && !pad.startsWith('/v1/inburgeraars/') ? '?gemeente=0518' : '';
      const res = await p.api(route.method, `${pad}${query}`, {
        token: beleid,
        ...(route.method === 'GET' ? {} : { body: {} }),
      });
      statussen[`${route.method} ${route.path}`] = res.status;
    }
    // Assert
    expect(routes.length).toBeGreaterThan(30);
    expect(Object.entries(statussen).filter(([, s]) => s !== 403)).toEqual([]);
  });

  it('still serves the beleidsmedewerker the regie monitor', async () => {
    const beleid = await staf('bm-0518', 'beleidsmedewerker', 'gemeente-0518');
    expect((await p.api('GET', '/v1/regie/fasen?gemeente=0518', { token: beleid })).status).toBe(200);
  });
});

describe('cursors are bound to their list, filter and principal', () => {
  it('answers 400 to a cursor used on another list, another filter or by another caller', async () => {
    // Arrange: two dossiers, and pages of one entry.
    const consulent = await staf('c4-0518', 'inburgeringsconsulent', 'gemeente-0518');
    const fg = await staf('fg-0518', 'functionaris-gegevensbescherming', 'gemeente-0518');
    const a = await meldAan(consulent);
    const b = await meldAan(consulent);
    for (const id of [a, b]) {
      await p.api('GET', `/v1/inburgeraars/${id}`, { token: consulent });
      await p.api('GET', `/v1/inburgeraars/${id}/tijdlijn`, { token: consulent });
    }
    await p.settled();
    const lijst = await p.api('GET', '/v1/inburgeraars?gemeente=0518&limit=1', { token: consulent });
    const logA = await p.api('GET', `/v1/toegangslog?gemeente=0518&inburgeraarId=${a}&limit=1`, { token: fg });
    expect([lijst.status, logA.status]).toEqual([200, 200]);
    const cursor = lijst.body.volgende as string;
    const logCursor = logA.body.volgende as string;
    expect(cursor).toBeTruthy();
    expect(logCursor).toBeTruthy();
    // Act
    const zelfde = await p.api('GET', `/v1/inburgeraars?gemeente=0518&limit=1&cursor=${cursor}`, { token: consulent });
    const andereBeller = await p.api('GET', `/v1/inburgeraars?gemeente=0518&limit=1&cursor=${cursor}`, {
      token: await staf('c5-0518', 'inburgeringsconsulent', 'gemeente-0518'),
    });
    const zelfdeLog = await p.api('GET', `/v1/toegangslog?gemeente=0518&inburgeraarId=${a}&cursor=${logCursor}`, {
      token: fg,
    });
    const anderePersoon = await p.api('GET', `/v1/toegangslog?gemeente=0518&inburgeraarId=${b}&cursor=${logCursor}`, {
      token: fg,
    });
    const andereLijst = await p.api('GET', `/v1/toegangslog/signaleringen?gemeente=0518&cursor=${logCursor}`, {
      token: fg,
    });
    const andereLijst2 = await p.api('GET', `/v1/inburgeraars?gemeente=0518&cursor=${logCursor}`, { token: consulent });
    // Assert
    expect([zelfde.status, zelfdeLog.status]).toEqual([200, 200]);
    expect([andereBeller.status, anderePersoon.status, andereLijst.status, andereLijst2.status]).toEqual([
      400, 400, 400, 400,
    ]);
  });
});
