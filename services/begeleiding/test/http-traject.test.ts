import { EindoverdrachtOpgesteld, TrajectAfgerond, TrajectFaseGewijzigd, TrajectVerlengd } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  begeleiderToken,
  consulentToken,
  detail,
  eventsVan,
  inburgeraarToken,
  klok,
  meldAan,
  type Opstelling,
  startOpstelling,
} from './support-omgeving';

let o: Opstelling;
beforeAll(async () => {
  o = await startOpstelling();
});
afterAll(() => o.omgeving.stop());
beforeEach(() => {
  klok.dag = '2025-05-01';
});

const pad = (sub: string) => `/v1/inburgeraars/{id}/${sub}`;
const post = async (sub: string, id: string, body: unknown, token: string, headers?: Record<string, string>) =>
  roep(o.http, { method: 'POST', routePath: pad(sub), params: { id }, body, token, ...(headers ? { headers } : {}) });
const lees = async (id: string, token: string) =>
  roep(o.http, { method: 'GET', routePath: pad('traject'), params: { id }, token });

describe('GET /v1/inburgeraars/{id}/traject', () => {
  it('answers the assigned uitvoeringsorganisatie the whole traject, with the meetmomenten of Den Haag', async () => {
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const res = await lees(id, await begeleiderToken(o, '0518'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      fase: 'opstartfase',
      startdatum: '2025-04-01',
      einddatum: '2026-04-01',
      verlengingen: 0,
    });
    expect(res.body.meetmomentenGepland).toEqual([
      { naMaanden: 3, datum: '2025-07-01', status: 'gepland' },
      { naMaanden: 8, datum: '2025-12-01', status: 'gepland' },
      { naMaanden: 12, datum: '2026-04-01', status: 'gepland' },
    ]);
  });

  it('shows gemeente staff the trajectstatus only, and the inburgeraar their own traject', async () => {
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const gemeente = await lees(id, await consulentToken(o, '0518'));
    const zelf = await lees(id, await inburgeraarToken(o, id));
    expect(gemeente.status).toBe(200);
    expect(Object.keys(gemeente.body).sort()).toEqual(
      ['einddatum', 'fase', 'gemeente', 'inburgeraarId', 'startdatum', 'verlengingen'].sort(),
    );
    expect(zelf).toMatchObject({ status: 200, body: { inburgeraarId: id, meetmomentenGepland: expect.any(Array) } });
  });

  it('answers 404 outside the caller reach: other gemeente, other organisation, other inburgeraar, unknown id', async () => {
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const tokens = [
      await consulentToken(o, '0599'),
      await begeleiderToken(o, '0518', 'maatschappelijk-begeleider', 'humanitas'),
      await begeleiderToken(o, '0599', 'maatschappelijk-begeleider', 'vluchtelingenwerk'),
      await inburgeraarToken(o, 'ib-iemand-anders'),
    ];
    const statussen = await Promise.all(tokens.map(async (t) => (await lees(id, t)).status));
    const onbekend = await lees('ib-bestaat-niet', await begeleiderToken(o, '0518'));
    expect([...statussen, onbekend.status]).toEqual([404, 404, 404, 404, 404]);
    expect(onbekend.headers['content-type']).toBe('application/problem+json');
  });

  it('answers 401 without a valid token', async () => {
    const id = await meldAan(o, '0518');
    const verlopen = await o.omgeving.token({
      sub: 'x',
      rol: 'teamleider',
      org: 'vluchtelingenwerk',
      gemeenten: ['0518'],
      ttlSeconden: -60,
    });
    const zonder = await roep(o.http, { method: 'GET', routePath: pad('traject'), params: { id } });
    expect([zonder.status, (await lees(id, verlopen)).status]).toEqual([401, 401]);
  });
});

describe('POST /v1/inburgeraars/{id}/verlenging', () => {
  it('extends a Woerden traject once by 6 months on the inburgeraar request and announces it (report 4.3)', async () => {
    const id = await meldAan(o, '0632', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0632');
    const verzoek = { verzoekVanInburgeraar: { datum: '2025-04-20' } };
    const zonderVerzoek = await post('verlenging', id, { maanden: 6, reden: 'Uitzonderlijk' }, token);
    const res = await post('verlenging', id, { maanden: 6, reden: 'Uitzonderlijk', ...verzoek }, token);
    const tweede = await post('verlenging', id, { maanden: 6, reden: 'Nog eens', ...verzoek }, token);
    expect(zonderVerzoek.status).toBe(422);
    expect(zonderVerzoek.body.type).toMatch(/verzoek-inburgeraar-vereist$/);
    expect(zonderVerzoek.body.errors).toEqual([
      { path: 'verzoekVanInburgeraar', message: 'is required: the day the inburgeraar asked for the verlenging' },
    ]);
    await o.omgeving.bus.idle();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ einddatum: '2026-10-01', verlengingen: 1 });
    expect(tweede.status).toBe(422);
    expect(tweede.body.type).toMatch(/verlenging-niet-toegestaan$/);
    const verlengd = eventsVan(o, id, TrajectVerlengd.detailType);
    expect(verlengd.map(detail).map((e) => [e.meta.categorie, e.data])).toEqual([
      ['trajectstatus', { maanden: 6, einddatum: '2026-10-01', verlengingen: 1 }],
    ]);
  });

  it('refuses 422 where the profile allows none, or another length', async () => {
    const rotterdam = await meldAan(o, '0599', { woning: '2025-04-01' });
    const zaffier = await meldAan(o, '0361', { woning: '2025-04-01' });
    const verzoek = { verzoekVanInburgeraar: { datum: '2025-04-20' } };
    const a = await post(
      'verlenging',
      rotterdam,
      { maanden: 6, reden: 'r', ...verzoek },
      await begeleiderToken(o, '0599'),
    );
    const b = await post(
      'verlenging',
      zaffier,
      { maanden: 3, reden: 'r', ...verzoek },
      await begeleiderToken(o, '0361'),
    );
    expect([a.status, b.status]).toEqual([422, 422]);
    expect([a.body.type, b.body.type]).toEqual([
      expect.stringMatching(/verlenging-niet-toegestaan$/),
      expect.stringMatching(/verlenging-niet-toegestaan$/),
    ]);
  });

  it('answers 409 before the start, 400 for an unknown field, 403 for the gemeente, 404 for a vrijwilliger not assigned', async () => {
    const id = await meldAan(o, '0632');
    const body = { maanden: 6, reden: 'r' };
    const voorStart = await post('verlenging', id, body, await begeleiderToken(o, '0632'));
    const onbekendVeld = await post('verlenging', id, { ...body, extra: 1 }, await begeleiderToken(o, '0632'));
    const gemeente = await post('verlenging', id, body, await consulentToken(o, '0632'));
    const vrijwilliger = await post('verlenging', id, body, await begeleiderToken(o, '0632', 'vrijwilliger'));
    // A vrijwilliger reads only the inburgeraars assigned to them (API.md need to know): this one is not theirs.
    expect([voorStart.status, onbekendVeld.status, gemeente.status, vrijwilliger.status]).toEqual([409, 400, 403, 404]);
    expect(onbekendVeld.body.errors).toEqual([{ path: '/', message: 'unknown field: extra' }]);
  });

  it('replays a request with the same Idempotency-Key and changes nothing', async () => {
    const id = await meldAan(o, '0074', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0074');
    const headers = { 'idempotency-key': `verlenging-${id}` };
    const body = { maanden: 6, reden: 'r', verzoekVanInburgeraar: { datum: '2025-04-02' } };
    const eerste = await post('verlenging', id, body, token, headers);
    const herhaald = await post('verlenging', id, body, token, headers);
    await o.omgeving.bus.idle();
    expect(herhaald.status).toBe(200);
    expect(herhaald.body).toEqual(eerste.body);
    expect(herhaald.headers['idempotency-replayed']).toBe('true');
    expect(eventsVan(o, id, TrajectVerlengd.detailType)).toHaveLength(1);
  });
});

describe('POST /v1/inburgeraars/{id}/afronding', () => {
  it('closes a Roermond traject with an eindgesprek and written overdracht, announcing both', async () => {
    const id = await meldAan(o, '0957', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0957');
    const zonder = await post('afronding', id, { datum: '2025-05-01', soort: 'eindgesprek' }, token);
    const res = await post(
      'afronding',
      id,
      { datum: '2025-05-01', soort: 'eindgesprek', overdracht: 'Overdracht.' },
      token,
    );
    await o.omgeving.bus.idle();
    expect(zonder.status).toBe(422);
    expect(zonder.body.type).toMatch(/afronding-onvolledig$/);
    expect(res).toMatchObject({
      status: 200,
      body: { fase: 'afgerond', afronding: { datum: '2025-05-01', soort: 'eindgesprek' } },
    });
    const categorieen = (dt: string) => eventsVan(o, id, dt).map((e) => detail(e).meta.categorie);
    expect(categorieen(TrajectAfgerond.detailType)).toEqual(['trajectstatus']);
    expect(categorieen(EindoverdrachtOpgesteld.detailType)).toEqual(['eindoverdracht']);
    expect(eventsVan(o, id, TrajectFaseGewijzigd.detailType).map((e) => detail(e).data.fase)).toContain('afgerond');
  });

  it('answers 409 once afgerond, for every write', async () => {
    const id = await meldAan(o, '0632', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0632');
    await post('afronding', id, { datum: '2025-05-01', soort: 'warme-overdracht' }, token);
    const nogmaals = await post('afronding', id, { datum: '2025-05-01', soort: 'warme-overdracht' }, token);
    const contact = await post('contactmomenten', id, { datum: '2025-05-01', vorm: 'telefoon', duurMinuten: 5 }, token);
    const verlenging = await post('verlenging', id, { maanden: 6, reden: 'r' }, token);
    expect([nogmaals.status, contact.status, verlenging.status]).toEqual([409, 409, 422]);
  });

  it('accepts a warme overdracht in Tholen, where it is not the usual way (report 4.3), and refuses one before the start (409)', async () => {
    const tholen = await meldAan(o, '0716', { woning: '2025-04-01' });
    const nietGestart = await meldAan(o, '0716');
    const token = await begeleiderToken(o, '0716');
    const warm = await post('afronding', tholen, { datum: '2025-05-01', soort: 'warme-overdracht' }, token);
    const voorStart = await post('afronding', nietGestart, { datum: '2025-05-01', soort: 'geleidelijk' }, token);
    expect([warm.status, voorStart.status]).toEqual([200, 409]);
    expect(warm.body).toMatchObject({ fase: 'afgerond', formeelEinde: false });
  });
});

describe('PUT /v1/inburgeraars/{id}/begeleider', () => {
  it('lets the teamleider assign a maatje; others get 403 or 404', async () => {
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const body = { begeleiderId: 'maatje-7', soort: 'maatje' };
    const zet = async (token: string) =>
      roep(o.http, { method: 'PUT', routePath: pad('begeleider'), params: { id }, body, token });
    const res = await zet(await begeleiderToken(o, '0518', 'teamleider'));
    const vrijwilliger = await zet(await begeleiderToken(o, '0518', 'vrijwilliger'));
    const gemeente = await zet(await consulentToken(o, '0518'));
    const anderen = await zet(await consulentToken(o, '0014'));
    expect(res).toMatchObject({
      status: 200,
      body: { begeleider: { begeleiderId: 'maatje-7', soort: 'maatje', sinds: '2025-05-01' } },
    });
    // The vrijwilliger is not assigned to this inburgeraar (the maatje is maatje-7): 404, as for another gemeente.
    expect([vrijwilliger.status, gemeente.status, anderen.status]).toEqual([404, 403, 404]);
  });
});
