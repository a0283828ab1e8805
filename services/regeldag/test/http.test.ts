import { AanmeldingGeregistreerd } from '@wegwijs/contracts';
import { createPublisher, event } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsVan, type Opzet, zetOp } from './support';

const REGELDAG = '/v1/inburgeraars/{id}/regeldag';
const ITEM = '/v1/inburgeraars/{id}/regeldag/checklist/{item}';
const AFRONDING = '/v1/inburgeraars/{id}/opstartfase/afronding';

let o: Opzet;
beforeAll(async () => {
  o = await zetOp();
});
afterAll(() => o.omgeving.stop());

const begeleider = (org = 'vluchtelingenwerk', gemeente = '0518') =>
  o.token('maatschappelijk-begeleider', [gemeente], org);
const consulent = (gemeente = '0518') => o.token('inburgeringsconsulent', [gemeente], `gemeente-${gemeente}`);

const plan = async (
  id: string,
  token: string,
  body: unknown = { datum: '2026-03-12' },
  headers?: Record<string, string>,
) =>
  roep(o.handler, {
    method: 'POST',
    routePath: REGELDAG,
    params: { id },
    body,
    token,
    ...(headers ? { headers } : {}),
  });
const patch = async (id: string, item: string, body: unknown, token: string) =>
  roep(o.handler, { method: 'PATCH', routePath: ITEM, params: { id, item }, body, token });
const lees = async (id: string, token: string) =>
  roep(o.handler, { method: 'GET', routePath: REGELDAG, params: { id }, token });
const rondAf = async (id: string, token: string, datum = '2026-05-01') =>
  roep(o.handler, { method: 'POST', routePath: AFRONDING, params: { id }, body: { datum }, token });

type Punt = { item: string; categorie: string; status: string; inhuizingsdag?: boolean; toelichting?: string };
const items = (body: { checklist: Punt[] }) => body.checklist.map((p) => p.item);

describe('POST /v1/inburgeraars/{id}/regeldag', () => {
  it('plans the Den Haag regeldag for VluchtelingenWerk with an open checklist and publishes RegeldagGepland', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    // Act
    const res = await plan(id, await begeleider(), { datum: '2026-03-12', locatie: 'Stadhuis Spui' });
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ regeldagId: expect.any(String), datum: '2026-03-12', locatie: 'Stadhuis Spui' });
    expect(res.body.checklist.length).toBeGreaterThan(20);
    for (const punt of res.body.checklist) {
      expect(punt).toEqual({
        item: expect.any(String),
        categorie: expect.stringMatching(/^(HV|FIN|INS|VL)$/),
        status: 'open',
        uitvoerder: 'uitvoeringsorganisatie',
      });
    }
    expect(items(res.body)).not.toContain('voedselbank');
    expect(eventsVan(o.gezien, id, 'RegeldagGepland.v1')).toMatchObject([
      { data: { regeldagId: res.body.regeldagId, datum: '2026-03-12' }, meta: { actor: { org: 'vluchtelingenwerk' } } },
    ]);
  });

  it('marks the Rotterdam inhuizingsdag items', async () => {
    const id = await o.meldAan('0599');
    const res = await plan(id, await begeleider('vluchtelingenwerk', '0599'));
    expect(res.status).toBe(201);
    const inhuizing = res.body.checklist.filter((p: Punt) => p.inhuizingsdag).map((p: Punt) => p.item);
    expect(inhuizing).toHaveLength(8);
    expect(inhuizing).toEqual(
      expect.arrayContaining(['huurcontract-ondertekenen', 'brp-inschrijving', 'zorgverzekering']),
    );
  });

  it('lets Tholen, which runs MB itself, plan as gemeente-0716 (with voedselbank), but not its consulent', async () => {
    const id = await o.meldAan('0716');
    const consulentVanTholen = await plan(id, await consulent('0716'));
    const coach = await plan(id, await o.token('maatschappelijk-begeleider', ['0716'], 'gemeente-0716'));
    expect(consulentVanTholen.status).toBe(403);
    expect(coach.status).toBe(201);
    expect(items(coach.body)).toContain('voedselbank');
  });

  it('gives a Heerenveen nareiziger the variant without huisvesting', async () => {
    const id = await o.meldAan('0074', 'nareiziger');
    const res = await plan(id, await o.token('maatschappelijk-begeleider', ['0074'], 'gemeente-0074'));
    expect(res.status).toBe(201);
    expect(res.body.checklist.some((p: Punt) => p.categorie === 'HV')).toBe(false);
    expect(items(res.body)).toContain('brp-inschrijving');
  });

  it('answers 409 for a second regeldag, 422 for a date before the koppeling', async () => {
    const id = await o.meldAan('0518');
    const token = await begeleider();
    const teVroeg = await plan(id, token, { datum: '2026-01-14' });
    const eerste = await plan(id, token);
    const tweede = await plan(id, token, { datum: '2026-03-19' });
    const nogmaals = await plan(id, token);
    expect([teVroeg.status, eerste.status, tweede.status, nogmaals.status]).toEqual([422, 201, 409, 409]);
    expect(teVroeg.body.type).toMatch(/\/datum-voor-koppeling$/);
    expect(tweede.body.type).toMatch(/\/regeldag-bestaat$/);
  });

  it('answers 403 to the gemeente and the inburgeraar, 404 to strangers and for an unknown id', async () => {
    const id = await o.meldAan('0518');
    const statussen = [
      (await plan(id, await consulent())).status,
      (await plan(id, await o.token('inburgeraar', [], undefined, id))).status,
      (await plan(id, await begeleider('humanitas'))).status,
      (await plan(id, await begeleider('vluchtelingenwerk', '0599'))).status,
      (await plan(id, await consulent('0599'))).status,
      (await plan('onbekend', await begeleider())).status,
    ];
    expect(statussen).toEqual([403, 403, 404, 404, 404, 404]);
  });

  it('answers 400 for an unknown field and 401 without a token', async () => {
    const id = await o.meldAan('0518');
    const a = await plan(id, await begeleider(), { datum: '2026-03-12', tolk: 'ja' });
    const b = await roep(o.handler, {
      method: 'POST',
      routePath: REGELDAG,
      params: { id },
      body: { datum: '2026-03-12' },
    });
    expect([a.status, b.status]).toEqual([400, 401]);
    expect(a.body.errors).toEqual([{ path: '/', message: 'unknown field: tolk' }]);
  });

  it('replays the first response for a repeated Idempotency-Key, with one event', async () => {
    const id = await o.meldAan('0518');
    const token = await begeleider();
    const eerste = await plan(id, token, { datum: '2026-03-12' }, { 'idempotency-key': 'regeldag-1' });
    const tweede = await plan(id, token, { datum: '2026-03-12' }, { 'idempotency-key': 'regeldag-1' });
    await o.omgeving.bus.idle();
    expect([eerste.status, tweede.status]).toEqual([201, 201]);
    expect(tweede.body).toEqual(eerste.body);
    expect(tweede.headers['idempotency-replayed']).toBe('true');
    expect(eventsVan(o.gezien, id, 'RegeldagGepland.v1')).toHaveLength(1);
  });
});

describe('the dossier projection from aanmelding events', () => {
  it('follows UitvoeringsorganisatieGewijzigd: the old organisation loses access, the new one gains it', async () => {
    const id = await o.meldAan('0599');
    await o.wijsToe(id, '0599', 'vluchtelingenwerk', 'gro-up');
    const oud = await plan(id, await begeleider('vluchtelingenwerk', '0599'));
    const nieuw = await plan(id, await begeleider('gro-up', '0599'));
    expect([oud.status, nieuw.status]).toEqual([404, 201]);
  });

  it('keeps the newest assignment when the aanmelding is delivered after a later reassignment', async () => {
    const id = 'buiten-volgorde-1';
    // The reassignment (occurred later) arrives first; then the aanmelding arrives with its older assignment.
    await o.wijsToe(id, '0599', 'vluchtelingenwerk', 'gro-up', '2026-02-01T10:00:00.000Z');
    const onvolledig = await plan(id, await begeleider('gro-up', '0599'));
    expect(onvolledig.status).toBe(409);
    expect(onvolledig.body.type).toMatch(/\/dossier-onvolledig$/);
    await o.omgeving.bus.idle();
    const toegepast = o.omgeving.bus.waitFor('regeldag', AanmeldingGeregistreerd.detailType);
    await createPublisher({
      busName: o.omgeving.bus.busName,
      clock: { now: () => new Date('2026-01-15T10:00:00.000Z') },
    }).publish(
      event(
        AanmeldingGeregistreerd,
        { gemeente: '0599', inburgeraarId: id, actor: { rol: 'inburgeringsconsulent' }, correlationId: 'c' },
        { doelgroep: 'asielstatushouder', uitvoeringsorganisatie: 'vluchtelingenwerk', koppelingsdatum: '2026-01-15' },
      ),
    );
    await toegepast;
    expect((await plan(id, await begeleider('vluchtelingenwerk', '0599'))).status).toBe(404);
    expect((await plan(id, await begeleider('gro-up', '0599'))).status).toBe(201);
  });
});

describe('PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}', () => {
  it('sets an item geregeld and publishes PraktischeZaakBijgewerkt with the status only', async () => {
    // Arrange
    const id = await o.meldAan('0632');
    const token = await begeleider('vluchtelingenwerk', '0632');
    await plan(id, token);
    // Act
    const res = await patch(id, 'voedselbank', { status: 'geregeld', toelichting: 'pakket op donderdag' }, token);
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(200);
    expect(res.body.checklist.find((p: Punt) => p.item === 'voedselbank')).toMatchObject({
      categorie: 'INS',
      status: 'geregeld',
      toelichting: 'pakket op donderdag',
    });
    const events = eventsVan(o.gezien, id, 'PraktischeZaakBijgewerkt.v1');
    expect(events).toMatchObject([
      {
        meta: { categorie: 'praktische-zaken', gemeente: '0632', actor: { org: 'vluchtelingenwerk' } },
        data: { regeldagId: res.body.regeldagId, item: 'voedselbank', checklistCategorie: 'INS', status: 'geregeld' },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('donderdag');
  });

  it('answers 200 without an event for the same status', async () => {
    const id = await o.meldAan('0518');
    const token = await begeleider();
    await plan(id, token);
    const eerste = await patch(id, 'huisarts', { status: 'geregeld' }, token);
    const tweede = await patch(id, 'huisarts', { status: 'geregeld' }, token);
    await o.omgeving.bus.idle();
    expect([eerste.status, tweede.status]).toEqual([200, 200]);
    expect(eventsVan(o.gezien, id, 'PraktischeZaakBijgewerkt.v1')).toHaveLength(1);
  });

  it('answers 404 for an unknown item, 409 without a regeldag, 403 to the gemeente, 400 for a wrong status', async () => {
    const id = await o.meldAan('0518');
    const token = await begeleider();
    const zonderRegeldag = await patch(id, 'huisarts', { status: 'geregeld' }, token);
    await plan(id, token);
    const onbekend = await patch(id, 'voedselbank', { status: 'geregeld' }, token);
    const gemeente = await patch(id, 'huisarts', { status: 'geregeld' }, await consulent());
    const fout = await patch(id, 'huisarts', { status: 'klaar' }, token);
    const vreemd = await patch(id, 'huisarts', { status: 'geregeld' }, await begeleider('inova'));
    expect([zonderRegeldag.status, onbekend.status, gemeente.status, fout.status, vreemd.status]).toEqual([
      409, 404, 403, 400, 404,
    ]);
    expect(zonderRegeldag.body.type).toMatch(/\/geen-regeldag$/);
  });
});

describe('9. who records which item: Rotterdam IOS does the inhuizingsdag (report 4.1.3)', () => {
  it('lets the gemeente record its inhuizingsdag items, the organisation the rest, without an event for the gemeente', async () => {
    // Arrange
    const id = await o.meldAan('0599');
    const vwn = await begeleider('vluchtelingenwerk', '0599');
    const gemeente = await consulent('0599');
    await plan(id, vwn);
    // Act
    const doorVwn = await patch(id, 'huurcontract-ondertekenen', { status: 'geregeld' }, vwn);
    const doorGemeente = await patch(id, 'huurcontract-ondertekenen', { status: 'geregeld' }, gemeente);
    const gemeenteOpHuisarts = await patch(id, 'huisarts', { status: 'geregeld' }, gemeente);
    const vwnOpHuisarts = await patch(id, 'huisarts', { status: 'geregeld' }, vwn);
    const beleid = await patch(
      id,
      'huurcontract-ondertekenen',
      { status: 'open' },
      await o.token('beleidsmedewerker', ['0599'], 'gemeente-0599'),
    );
    await o.omgeving.bus.idle();
    // Assert
    expect([
      doorVwn.status,
      doorGemeente.status,
      gemeenteOpHuisarts.status,
      vwnOpHuisarts.status,
      beleid.status,
    ]).toEqual([403, 200, 403, 200, 403]);
    expect(doorVwn.body.detail).toMatch(/the gemeente arranges and records huurcontract-ondertekenen/);
    expect(doorGemeente.body.checklist.find((p: Punt) => p.item === 'huurcontract-ondertekenen')).toMatchObject({
      status: 'geregeld',
      uitvoerder: 'gemeente',
    });
    expect(eventsVan(o.gezien, id, 'PraktischeZaakBijgewerkt.v1').map((e) => e.data.item)).toEqual(['huisarts']);
  });
});

describe('GET /v1/inburgeraars/{id}/regeldag', () => {
  it('shows the organisation and the inburgeraar the toelichting, the gemeente the status only', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    const token = await begeleider();
    await plan(id, token);
    await patch(id, 'digid', { status: 'open', toelichting: 'wacht op brief' }, token);
    // Act
    const organisatie = await lees(id, token);
    const zelf = await lees(id, await o.token('inburgeraar', [], undefined, id));
    const gemeente = await lees(id, await o.token('inburgeringsconsulent', ['0518'], 'gemeente-0518'));
    // Assert
    expect([organisatie.status, zelf.status, gemeente.status]).toEqual([200, 200, 200]);
    const digid = (body: { checklist: Punt[] }) => body.checklist.find((p) => p.item === 'digid');
    expect(digid(organisatie.body)?.toelichting).toBe('wacht op brief');
    expect(digid(zelf.body)?.toelichting).toBe('wacht op brief');
    expect(digid(gemeente.body)).toMatchObject({ item: 'digid', status: 'open' });
    expect(JSON.stringify(gemeente.body)).not.toContain('wacht op brief');
  });

  it('answers 404 to strangers and while no regeldag is planned', async () => {
    const id = await o.meldAan('0518');
    const zonder = await lees(id, await begeleider());
    await plan(id, await begeleider());
    const vreemd = await lees(id, await consulent('0014'));
    const ander = await lees(id, await o.token('inburgeraar', [], undefined, 'iemand-anders'));
    expect([zonder.status, vreemd.status, ander.status]).toEqual([404, 404, 404]);
  });
});

describe('POST /v1/inburgeraars/{id}/opstartfase/afronding', () => {
  it('refuses with the open items listed, closes once nothing is open and publishes OpstartfaseAfgerond', async () => {
    // Arrange
    const id = await o.meldAan('0957');
    const token = await begeleider('vluchtelingenwerk', '0957');
    const gepland = await plan(id, token);
    const [eerste, ...rest] = items(gepland.body);
    // Act / Assert: one item open at the end
    for (const item of rest) expect((await patch(id, item, { status: 'geregeld' }, token)).status).toBe(200);
    const nogOpen = await rondAf(id, token);
    expect(nogOpen.status).toBe(409);
    expect(nogOpen.body.type).toMatch(/\/opstartfase-niet-compleet$/);
    expect(nogOpen.body.errors).toEqual([{ path: `checklist.${eerste}`, message: 'is open' }]);
    await patch(id, eerste ?? '', { status: 'niet-van-toepassing' }, token);
    const klaar = await rondAf(id, token);
    const nogmaals = await rondAf(id, token);
    const andereDatum = await rondAf(id, token, '2026-05-02');
    const naAfronding = await patch(id, eerste ?? '', { status: 'open' }, token);
    await o.omgeving.bus.idle();
    expect([klaar.status, nogmaals.status, andereDatum.status, naAfronding.status]).toEqual([200, 200, 409, 409]);
    expect(klaar.body.opstartfaseAfgerondOp).toBe('2026-05-01');
    expect(eventsVan(o.gezien, id, 'OpstartfaseAfgerond.v1')).toMatchObject([
      { data: { regeldagId: gepland.body.regeldagId, datum: '2026-05-01' } },
    ]);
  });

  it('answers 409 without a regeldag, 403 to the gemeente, 404 to strangers', async () => {
    const id = await o.meldAan('0518');
    const zonder = await rondAf(id, await begeleider());
    const gemeente = await rondAf(id, await consulent());
    const vreemd = await rondAf(id, await begeleider('humanitas', '0014'));
    expect([zonder.status, gemeente.status, vreemd.status]).toEqual([409, 403, 404]);
  });
});
