import { VerwijzingVerstuurd } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailVan, type Opstelling, startOpstelling } from './opstelling';

const ROUTE = '/v1/inburgeraars/{id}/verwijzingen';
const WMO = { naar: 'wmo', toelichting: 'Heeft hulp nodig bij huishouden na operatie.' };
let o: Opstelling;
let begeleider: string;

beforeAll(async () => {
  o = await startOpstelling();
  begeleider = await o.token('maatschappelijk-begeleider', { org: 'humanitas', gemeenten: ['0014'], sub: 'b-14' });
});
afterAll(() => o.omgeving.stop());

const post = (id: string, body: unknown, token = begeleider, headers?: Record<string, string>) =>
  roep(o.handler, { method: 'POST', routePath: ROUTE, params: { id }, body, token, ...(headers ? { headers } : {}) });
const lijst = (id: string, token = begeleider) =>
  roep(o.handler, { method: 'GET', routePath: ROUTE, params: { id }, token });
const naarBrokerVoor = (id: string) =>
  o.naarBroker.filter(
    (e) => e['detail-type'] === VerwijzingVerstuurd.detailType && detailVan(e).meta.inburgeraarId === id,
  );

describe('POST /v1/inburgeraars/{id}/verwijzingen', () => {
  it('without a consent covering verwijzing: 422 toestemming-vereist, nothing stored, nothing sent', async () => {
    // Arrange
    const id = await o.aanmelden('0014', 'humanitas');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-z', gemeente: '0014', categorieen: ['zelfredzaamheid'], expliciet: false },
    ]);
    // Act
    const res = await post(id, WMO);
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/\/toestemming-vereist$/);
    expect(naarBrokerVoor(id)).toEqual([]);
    expect((await lijst(id)).body.items).toEqual([]);
  });

  it('asks the decision point first, with the new verwijzingId as bronId and the actor of the token', async () => {
    const id = await o.aanmelden('0014', 'humanitas');
    const res = await post(id, WMO);
    const verzoek = o.verzoeken.at(-1);
    expect(res.status).toBe(422);
    expect(verzoek).toMatchObject({
      inburgeraarId: id,
      gemeente: '0014',
      categorie: 'verwijzing',
      bronDetailType: VerwijzingVerstuurd.detailType,
      wettelijkePlicht: false,
      actor: { org: 'humanitas', rol: 'maatschappelijk-begeleider', sub: 'b-14' },
    });
    expect(verzoek?.bronId).toEqual(expect.any(String));
  });

  it('with a consent: 201, stored as verstuurd with grondslag and toestemmingId, VerwijzingVerstuurd to the broker', async () => {
    // Arrange
    const id = await o.aanmelden('0014', 'humanitas');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-1', gemeente: '0014', categorieen: ['verwijzing'], expliciet: false },
    ]);
    const ontvangen = o.omgeving.bus.waitFor(
      'toestemming',
      VerwijzingVerstuurd.detailType,
      (e) => detailVan(e).meta.inburgeraarId === id,
    );
    // Act
    const res = await post(id, WMO);
    // Assert
    expect(res.status).toBe(201);
    const { verwijzingId } = res.body;
    expect(o.verzoeken.at(-1)?.bronId).toBe(verwijzingId);
    const e = detailVan(await ontvangen);
    expect(e.meta.categorie).toBe('verwijzing');
    expect(e.data).toMatchObject({ verwijzingId, naar: 'wmo', grondslag: 'toestemming', toestemmingId: 't-1' });
    expect((await lijst(id)).body.items).toEqual([
      expect.objectContaining({
        verwijzingId,
        naar: 'wmo',
        status: 'verstuurd',
        grondslag: 'toestemming',
        toestemmingId: 't-1',
      }),
    ]);
  });

  it('veilig-thuis needs no consent: 201 with grondslag wettelijke-plicht, the duty claimed in the request', async () => {
    const id = await o.aanmelden('0014', 'humanitas');
    const res = await post(id, { naar: 'veilig-thuis', toelichting: 'Vermoeden van huiselijk geweld.' });
    expect(res.status).toBe(201);
    expect(o.verzoeken.at(-1)).toMatchObject({ bronId: res.body.verwijzingId, wettelijkePlicht: true });
    const [item] = (await lijst(id)).body.items;
    expect(item).toMatchObject({ naar: 'veilig-thuis', grondslag: 'wettelijke-plicht', status: 'verstuurd' });
  });

  it('links a signaal of this inburgeraar, and answers 422 for a signaal of someone else without asking the broker', async () => {
    // Arrange
    const id = await o.aanmelden('0014', 'humanitas');
    const ander = await o.aanmelden('0014', 'humanitas');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-2', gemeente: '0014', categorieen: ['verwijzing'], expliciet: false },
    ]);
    const signaal = await roep(o.handler, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/signalen',
      params: { id: ander },
      token: begeleider,
      body: { datum: '2026-02-01', soort: 'financiele-zorgen', urgentie: 'laag', toelichting: 'Schulden.' },
    });
    const voor = o.verzoeken.length;
    // Act
    const vreemd = await post(id, { ...WMO, naar: 'schuldhulpverlening', signaalId: signaal.body.signaalId });
    const eigen = await post(ander, { ...WMO, naar: 'schuldhulpverlening', signaalId: signaal.body.signaalId });
    // Assert
    expect(vreemd.status).toBe(422);
    expect(vreemd.body.type).toMatch(/signaal-onbekend$/);
    expect(o.verzoeken.length - voor).toBe(1);
    expect(eigen.status).toBe(422); // no consent for `ander`
    expect(o.verzoeken.at(-1)?.inburgeraarId).toBe(ander);
  });

  it('answers 400 unknown field, 401, 403 gemeente role, 404 other organisation and other gemeente', async () => {
    const id = await o.aanmelden('0014', 'humanitas');
    const consulent = await o.token('inburgeringsconsulent', { gemeenten: ['0014'] });
    const vwn = await o.token('maatschappelijk-begeleider', { org: 'vluchtelingenwerk', gemeenten: ['0014'] });
    const elders = await o.token('maatschappelijk-begeleider', { org: 'humanitas', gemeenten: ['0518'] });
    const voor = o.verzoeken.length;
    const statussen = [
      (await post(id, { ...WMO, bsn: '123' })).status,
      (await roep(o.handler, { method: 'POST', routePath: ROUTE, params: { id }, body: WMO })).status,
      (await post(id, WMO, consulent)).status,
      (await post(id, WMO, vwn)).status,
      (await post(id, WMO, elders)).status,
    ];
    expect(statussen).toEqual([400, 401, 403, 404, 404]);
    expect(o.verzoeken.length).toBe(voor);
  });

  it('replays a repeat with the same Idempotency-Key: one decision, one verwijzing, one event', async () => {
    const id = await o.aanmelden('0014', 'humanitas');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-3', gemeente: '0014', categorieen: ['verwijzing'], expliciet: false },
    ]);
    const headers = { 'idempotency-key': `verw-${id}` };
    const voor = o.verzoeken.length;
    const eerste = await post(id, WMO, begeleider, headers);
    const tweede = await post(id, WMO, begeleider, headers);
    await o.omgeving.bus.idle();
    expect(eerste.status).toBe(201);
    expect(tweede).toMatchObject({ status: 201, body: eerste.body, headers: { 'idempotency-replayed': 'true' } });
    expect(o.verzoeken.length - voor).toBe(1);
    expect((await lijst(id)).body.items).toHaveLength(1);
    expect(naarBrokerVoor(id)).toHaveLength(1);
  });
});

describe('GET /v1/inburgeraars/{id}/verwijzingen', () => {
  it('shows gemeente roles the line and status, never the toelichting nor the signaal link', async () => {
    // Arrange
    const id = await o.aanmelden('0014', 'humanitas');
    o.toestemmingen.set(id, [
      { toestemmingId: 't-4', gemeente: '0014', categorieen: ['verwijzing'], expliciet: false },
    ]);
    const { body } = await post(id, WMO);
    const consulent = await o.token('inkomensconsulent', { gemeenten: ['0014'] });
    // Act
    const gezien = await lijst(id, consulent);
    // Assert
    expect(gezien.status).toBe(200);
    expect(gezien.body.items).toEqual([
      {
        verwijzingId: body.verwijzingId,
        naar: 'wmo',
        status: 'verstuurd',
        datum: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        grondslag: 'toestemming',
        bijgewerktOp: expect.any(String),
      },
    ]);
    expect(JSON.stringify(gezien.body)).not.toContain('huishouden');
  });

  it('answers 403 to the inburgeraar, 404 to another gemeente and to another organisation', async () => {
    const id = await o.aanmelden('0014', 'humanitas');
    const zelf = await o.token('inburgeraar', { sub: id });
    const elders = await o.token('inburgeringsconsulent', { gemeenten: ['0518'] });
    const vwn = await o.token('teamleider', { org: 'vluchtelingenwerk', gemeenten: ['0014'] });
    expect([(await lijst(id, zelf)).status, (await lijst(id, elders)).status, (await lijst(id, vwn)).status]).toEqual([
      403, 404, 404,
    ]);
  });
});
