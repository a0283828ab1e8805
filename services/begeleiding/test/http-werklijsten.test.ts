import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  begeleiderToken,
  consulentToken,
  klok,
  meldAan,
  type Opstelling,
  roepLijst,
  startOpstelling,
} from './support-omgeving';

let o: Opstelling;
beforeAll(async () => {
  o = await startOpstelling();
});
afterAll(() => o.omgeving.stop());

const lijst = (naam: string, token: string, query?: string) => roepLijst(o, `/v1/begeleiding/${naam}`, token, query);
const post = async (sub: string, id: string, body: unknown, token: string) =>
  roep(o.http, { method: 'POST', routePath: `/v1/inburgeraars/{id}/${sub}`, params: { id }, body, token });
const zetBegeleider = async (id: string, body: unknown, token: string) =>
  roep(o.http, { method: 'PUT', routePath: '/v1/inburgeraars/{id}/begeleider', params: { id }, body, token });

describe('GET /v1/begeleiding/bellijst', () => {
  it('lists Groningen inburgeraars past the opstartfase without a maatje, not called for 3 months', async () => {
    // Arrange
    klok.dag = '2025-08-15';
    const token = await begeleiderToken(o, '0014', 'maatschappelijk-begeleider');
    const teamleider = await begeleiderToken(o, '0014', 'teamleider');
    const nooitGebeld = await meldAan(o, '0014', { koppeling: '2025-01-10', woning: '2025-01-10' });
    const netGebeld = await meldAan(o, '0014', { koppeling: '2025-01-10', woning: '2025-01-10' });
    const metMaatje = await meldAan(o, '0014', { koppeling: '2025-01-10', woning: '2025-01-10' });
    await meldAan(o, '0014', { koppeling: '2025-08-01', woning: '2025-08-01' });
    await post('contactmomenten', netGebeld, { datum: '2025-08-15', vorm: 'telefoon', duurMinuten: 10 }, token);
    await zetBegeleider(metMaatje, { begeleiderId: 'maatje-1', soort: 'maatje' }, teamleider);
    klok.dag = '2025-09-01';
    // Act
    const res = await lijst('bellijst', token, 'gemeente=0014');
    // Assert
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      gemeente: '0014',
      intervalMaanden: 3,
      items: [
        { inburgeraarId: nooitGebeld, fase: 'begeleidingsfase', laatsteContact: null, bellenVanaf: '2025-04-10' },
      ],
    });
  });

  it('keeps whoever declines MB on the Groningen bellijst (report 4.2.2)', async () => {
    // Arrange
    klok.dag = '2025-06-01';
    const token = await begeleiderToken(o, '0014', 'maatschappelijk-begeleider');
    const afgewezen = await meldAan(o, '0014', { koppeling: '2025-01-10' });
    const afgerond = await meldAan(o, '0014', { koppeling: '2025-01-10' });
    const a = await post(
      'afronding',
      afgewezen,
      { datum: '2025-06-01', soort: 'geleidelijk', afgewezenDoorInburgeraar: true },
      token,
    );
    const b = await post('afronding', afgerond, { datum: '2025-06-01', soort: 'geleidelijk' }, token);
    klok.dag = '2025-09-15';
    // Act
    const res = await lijst('bellijst', token, 'gemeente=0014');
    // Assert
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.afronding).toEqual({ datum: '2025-06-01', soort: 'geleidelijk', afgewezenDoorInburgeraar: true });
    const ids = res.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId);
    expect(ids).toContain(afgewezen);
    expect(ids).not.toContain(afgerond);
  });

  it('is 422 where the profile has no bellijst', async () => {
    const res = await lijst('bellijst', await begeleiderToken(o, '0518'), 'gemeente=0518');
    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/geen-bellijst$/);
  });
});

describe('GET /v1/begeleiding/niet-gezien', () => {
  const aanwezigheid = (id: string, afspraakId: string, body: unknown, token: string) =>
    roep(o.http, {
      method: 'PUT',
      routePath: '/v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid',
      params: { id, afspraakId },
      body,
      token,
    });

  it('lists Heerenveen inburgeraars who missed an afspraak and had no contact since', async () => {
    // Arrange: weekly opstartfase afspraken from the woningtoewijzing of 2025-04-01 (opstart-2 on 2025-04-08).
    klok.dag = '2025-08-20';
    const token = await begeleiderToken(o, '0074');
    const gemist = await meldAan(o, '0074', { woning: '2025-04-01' });
    const gemistMaarGebeld = await meldAan(o, '0074', { woning: '2025-04-01' });
    const nooitGemist = await meldAan(o, '0074', { woning: '2025-04-01' });
    await aanwezigheid(gemist, 'opstart-2', { status: 'niet-verschenen' }, token);
    await aanwezigheid(gemist, 'opstart-3', { status: 'niet-verschenen', tolk: 'telefonisch' }, token);
    await aanwezigheid(gemistMaarGebeld, 'opstart-2', { status: 'niet-verschenen' }, token);
    await post('contactmomenten', gemistMaarGebeld, { datum: '2025-04-09', vorm: 'telefoon', duurMinuten: 5 }, token);
    await aanwezigheid(nooitGemist, 'opstart-2', { status: 'afgezegd', afgezegdDoor: 'inburgeraar' }, token);

    // Act
    const res = await lijst('niet-gezien', token, 'gemeente=0074');

    // Assert: only the missed afspraken without contact since count, however long ago anyone was seen.
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      gemeente: '0074',
      maxDagenZonderContact: 30,
      items: [
        {
          inburgeraarId: gemist,
          fase: 'begeleidingsfase',
          laatstGezien: null,
          dagenNietGezien: 141,
          gemistSinds: '2025-04-08',
          gemisteAfspraken: 2,
        },
      ],
    });
  });

  it('answers where the profile sets no contact norm too (Groningen), without a maximum', async () => {
    const res = await lijst('niet-gezien', await begeleiderToken(o, '0014'), 'gemeente=0014');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ gemeente: '0014', items: [] });
  });
});

describe('GET /v1/begeleiding/caseload', () => {
  it('counts trajecten per begeleider and lists who waits, for the caller organisation only', async () => {
    klok.dag = '2025-05-01';
    const teamleider = await begeleiderToken(o, '0518', 'teamleider');
    const metBegeleider = await meldAan(o, '0518', { woning: '2025-04-01' });
    const wachtend = await meldAan(o, '0518', { woning: '2025-04-02' });
    await zetBegeleider(metBegeleider, { begeleiderId: 'anna', soort: 'betaald' }, teamleider);
    const res = await lijst('caseload', teamleider, 'gemeente=0518');
    const andereOrg = await lijst(
      'caseload',
      await begeleiderToken(o, '0518', 'teamleider', 'humanitas'),
      'gemeente=0518',
    );
    expect(res.body).toEqual({
      gemeente: '0518',
      begeleiders: [{ begeleiderId: 'anna', soort: 'betaald', aantal: 1 }],
      perSoort: [{ rol: 'vast', dienstverband: 'betaald', aantal: 1 }],
      wachtendOpMaatje: [{ inburgeraarId: wachtend, fase: 'opstartfase', wachtendSinds: '2025-04-02' }],
    });
    expect(andereOrg.body).toEqual({ gemeente: '0518', begeleiders: [], perSoort: [], wachtendOpMaatje: [] });
  });

  it('answers 400 without or with an unknown query, 403 for the gemeente and a vrijwilliger, 404 for another gemeente', async () => {
    const teamleider = await begeleiderToken(o, '0518', 'teamleider');
    const statussen = [
      (await lijst('caseload', teamleider)).status,
      (await lijst('caseload', teamleider, 'gemeente=0518&extra=1')).status,
      (await lijst('caseload', await consulentToken(o, '0518'), 'gemeente=0518')).status,
      (await lijst('caseload', await begeleiderToken(o, '0518', 'vrijwilliger'), 'gemeente=0518')).status,
      (await lijst('caseload', teamleider, 'gemeente=0599')).status,
      (await roepLijst(o, '/v1/begeleiding/caseload', undefined, 'gemeente=0518')).status,
    ];
    expect(statussen).toEqual([400, 400, 403, 403, 404, 401]);
  });
});
