import { ContactmomentVastgelegd, MeetmomentVastgelegd, VoortgangsrapportageOpgesteld } from '@wegwijs/contracts';
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
  klok.dag = '2025-07-01';
});

const post = async (sub: string, id: string, body: unknown, token: string, headers?: Record<string, string>) =>
  roep(o.http, {
    method: 'POST',
    routePath: `/v1/inburgeraars/{id}/${sub}`,
    params: { id },
    body,
    token,
    ...(headers ? { headers } : {}),
  });
const lees = async (id: string, token: string) =>
  roep(o.http, { method: 'GET', routePath: '/v1/inburgeraars/{id}/traject', params: { id }, token });

describe('POST /v1/inburgeraars/{id}/meetmomenten', () => {
  it('records scores on the VWN leefgebieden in Den Haag and announces them (zelfredzaamheid)', async () => {
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0518');
    const body = {
      datum: '2025-07-01',
      scores: { wonen: 4, 'financien-en-administratie': 2 },
      toelichting: 'Goed bezig',
    };
    const res = await post('meetmomenten', id, body, token);
    await o.omgeving.bus.idle();
    expect(res.status).toBe(201);
    expect(res.body.meetmomentId).toEqual(expect.any(String));
    const [e] = eventsVan(o, id, MeetmomentVastgelegd.detailType).map(detail);
    expect(e?.meta).toMatchObject({ categorie: 'zelfredzaamheid', actor: { org: 'vluchtelingenwerk' } });
    expect(e?.data).toEqual({ meetmomentId: res.body.meetmomentId, ...body });
    expect((await lees(id, token)).body.meetmomentenGepland[0]).toEqual({
      naMaanden: 3,
      datum: '2025-07-01',
      status: 'uitgevoerd',
    });
  });

  it("scores Woerden on VWN's six (4.2.1): its plan's seventh leefgebied is refused there as in Den Haag (422)", async () => {
    const woerden = await meldAan(o, '0632', { woning: '2025-04-01' });
    const denHaag = await meldAan(o, '0518', { woning: '2025-04-01' });
    const body = { datum: '2025-06-15', scores: { 'huiselijke-relaties': 3, wonen: 4 } };
    const zes = { datum: '2025-06-15', scores: { 'financien-en-administratie': 3, 'jeugd-en-school': 4 } };
    const a = await post('meetmomenten', woerden, body, await begeleiderToken(o, '0632'));
    const b = await post('meetmomenten', denHaag, body, await begeleiderToken(o, '0518'));
    const c = await post('meetmomenten', woerden, zes, await begeleiderToken(o, '0632'));
    expect([a.status, b.status, c.status]).toEqual([422, 422, 201]);
    expect(a.body.type).toMatch(/leefgebied-onbekend$/);
    expect(b.body.type).toMatch(/leefgebied-onbekend$/);
    expect(b.body.errors).toEqual([
      { path: 'scores.huiselijke-relaties', message: 'is not a leefgebied of this gemeente' },
    ]);
  });

  it('refuses a meetmoment where the gemeente has no begeleidingsplan (Groningen, Tholen): 422', async () => {
    const groningen = await meldAan(o, '0014');
    const tholen = await meldAan(o, '0716', { woning: '2025-04-01' });
    const body = { datum: '2025-06-15', scores: { wonen: 3 } };
    const a = await post('meetmomenten', groningen, body, await begeleiderToken(o, '0014'));
    const b = await post('meetmomenten', tholen, body, await begeleiderToken(o, '0716'));
    expect([a.status, b.status]).toEqual([422, 422]);
    expect(a.body.type).toMatch(/geen-begeleidingsplan$/);
  });

  it('answers 400 for a score out of range, 422 for a date in the future', async () => {
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0518');
    const score = await post('meetmomenten', id, { datum: '2025-06-15', scores: { wonen: 6 } }, token);
    const toekomst = await post('meetmomenten', id, { datum: '2025-07-02', scores: { wonen: 3 } }, token);
    expect([score.status, toekomst.status]).toEqual([400, 422]);
  });
});

describe('POST /v1/inburgeraars/{id}/contactmomenten', () => {
  it('records the date and form only, announces it (contactmomenten) and keeps the last contact', async () => {
    const id = await meldAan(o, '0599', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0599');
    const res = await post('contactmomenten', id, { datum: '2025-06-30', vorm: 'huisbezoek', duurMinuten: 45 }, token);
    await post('contactmomenten', id, { datum: '2025-06-01', vorm: 'telefoon', duurMinuten: 5 }, token);
    await o.omgeving.bus.idle();
    expect(res.status).toBe(201);
    const events = eventsVan(o, id, ContactmomentVastgelegd.detailType).map(detail);
    expect(events.map((e) => e.meta.categorie)).toEqual(['contactmomenten', 'contactmomenten']);
    expect(Object.keys(events[0]?.data ?? {}).sort()).toEqual(['contactmomentId', 'datum', 'duurMinuten', 'vorm']);
    expect((await lees(id, token)).body.laatsteContact).toBe('2025-06-30');
  });

  it('replays a request with the same Idempotency-Key: same id, one event', async () => {
    const id = await meldAan(o, '0599', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0599');
    const body = { datum: '2025-06-30', vorm: 'kantoor', duurMinuten: 30 };
    const headers = { 'idempotency-key': `contact-${id}` };
    const eerste = await post('contactmomenten', id, body, token, headers);
    const herhaald = await post('contactmomenten', id, body, token, headers);
    await o.omgeving.bus.idle();
    expect(herhaald).toMatchObject({ status: 201, body: eerste.body, headers: { 'idempotency-replayed': 'true' } });
    expect(eventsVan(o, id, ContactmomentVastgelegd.detailType)).toHaveLength(1);
  });

  it('answers 404 before the aanmelding is known and across tenants; 403 for the inburgeraar and the gemeente', async () => {
    const id = await meldAan(o, '0599', { woning: '2025-04-01' });
    const body = { datum: '2025-06-30', vorm: 'whatsapp', duurMinuten: 10 };
    const statussen = [
      (await post('contactmomenten', 'ib-nog-niet-aangemeld', body, await begeleiderToken(o, '0599'))).status,
      (await post('contactmomenten', id, body, await begeleiderToken(o, '0518'))).status,
      (
        await post(
          'contactmomenten',
          id,
          body,
          await begeleiderToken(o, '0599', 'maatschappelijk-begeleider', 'gro-up'),
        )
      ).status,
      (await post('contactmomenten', id, body, await inburgeraarToken(o, id))).status,
      (await post('contactmomenten', id, body, await consulentToken(o, '0599'))).status,
    ];
    expect(statussen).toEqual([404, 404, 404, 403, 403]);
  });
});

describe('POST /v1/inburgeraars/{id}/voortgangsrapportages', () => {
  it('records a rapportage and announces it (voortgangsrapportage)', async () => {
    const id = await meldAan(o, '0361', { woning: '2025-04-01' });
    const res = await post(
      'voortgangsrapportages',
      id,
      { datum: '2025-06-30', tekst: 'Voortgang.' },
      await begeleiderToken(o, '0361'),
    );
    await o.omgeving.bus.idle();
    expect(res.status).toBe(201);
    const [e] = eventsVan(o, id, VoortgangsrapportageOpgesteld.detailType).map(detail);
    expect(e?.meta.categorie).toBe('voortgangsrapportage');
    expect(e?.data).toEqual({ rapportageId: res.body.rapportageId, datum: '2025-06-30', tekst: 'Voortgang.' });
  });
});
