import { BegeleidingsplanBijgewerkt, ContactmomentVastgelegd } from '@wegwijs/contracts';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Issue 12, the traject as a plan, through the handlers against dynalite and the local bus: begeleiders in sequence,
// afspraken planned from the profile with attendance, the begeleidingsplan evaluated at meetmomenten and afronding.

let o: Opstelling;
beforeAll(async () => {
  o = await startOpstelling();
});
afterAll(() => o.omgeving.stop());

const pad = (sub: string) => `/v1/inburgeraars/{id}/${sub}`;
const schrijf = (
  method: 'POST' | 'PUT',
  sub: string,
  params: Record<string, string>,
  body: unknown,
  token: string,
  headers?: Record<string, string>,
) => roep(o.http, { method, routePath: pad(sub), params, body, token, ...(headers ? { headers } : {}) });
const lees = (sub: string, id: string, token: string, query?: string) =>
  roep(o.http, { method: 'GET', routePath: pad(sub), params: { id }, token, ...(query ? { query } : {}) });
/** A vrijwilliger reads only the inburgeraars assigned to them (API.md): `begeleiderToken(..., 'vrijwilliger')`'s sub. */
const wijsVrijwilligerToe = async (id: string, cbs: string) => {
  const res = await schrijf(
    'POST',
    'begeleiders',
    { id },
    { begeleiderId: 'mb-vrijwilliger', rol: 'maatje', dienstverband: 'vrijwilliger' },
    await begeleiderToken(o, cbs, 'teamleider'),
  );
  expect(res.status).toBe(201);
};
const werklijst = (naam: string, token: string, cbs: string) =>
  roep(o.http, { method: 'GET', routePath: `/v1/begeleiding/${naam}`, query: `gemeente=${cbs}`, token });

describe('begeleiders in sequence (POST/GET .../begeleiders, .../beeindiging)', () => {
  it('keeps the history of Den Haag: opstart begeleiders, a change for a volunteer who stopped, then a vaste begeleider', async () => {
    // Arrange
    klok.dag = '2025-04-20';
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const teamleider = await begeleiderToken(o, '0518', 'teamleider');
    const nieuw = (body: object) => schrijf('POST', 'begeleiders', { id }, body, teamleider);

    // Act
    const eerste = await nieuw({
      begeleiderId: 'rs-1',
      rol: 'opstart',
      dienstverband: 'vrijwilliger',
      van: '2025-04-01',
    });
    const tweede = await nieuw({
      begeleiderId: 'rs-2',
      rol: 'opstart',
      dienstverband: 'vrijwilliger',
      van: '2025-04-10',
      reden: 'vrijwilliger-gestopt',
    });
    klok.dag = '2025-08-05';
    const vast = await nieuw({ begeleiderId: 'vb-1', rol: 'vast', dienstverband: 'betaald', van: '2025-08-01' });
    const einde = await schrijf(
      'POST',
      'begeleiders/{toewijzingId}/beeindiging',
      { id, toewijzingId: tweede.body.toewijzingId },
      { datum: '2025-08-01', reden: 'opstartfase-afgerond' },
      teamleider,
    );
    const nogmaals = await nieuw({ begeleiderId: 'vb-1', rol: 'vast', dienstverband: 'betaald', van: '2025-08-01' });
    const pagina1 = await lees('begeleiders', id, teamleider, 'limit=2');
    const pagina2 = await lees('begeleiders', id, teamleider, `limit=2&cursor=${pagina1.body.volgende}`);
    const traject = await lees('traject', id, teamleider);

    // Assert
    expect([eerste.status, tweede.status, vast.status, einde.status, nogmaals.status]).toEqual([
      201, 201, 201, 200, 201,
    ]);
    expect(nogmaals.body).toEqual(vast.body);
    expect([...pagina1.body.items, ...pagina2.body.items]).toEqual([
      {
        toewijzingId: eerste.body.toewijzingId,
        begeleiderId: 'rs-1',
        rol: 'opstart',
        dienstverband: 'vrijwilliger',
        van: '2025-04-01',
        tot: '2025-04-10',
        eindReden: 'vrijwilliger-gestopt',
      },
      {
        toewijzingId: tweede.body.toewijzingId,
        begeleiderId: 'rs-2',
        rol: 'opstart',
        dienstverband: 'vrijwilliger',
        van: '2025-04-10',
        tot: '2025-08-01',
        reden: 'vrijwilliger-gestopt',
        eindReden: 'opstartfase-afgerond',
      },
      {
        toewijzingId: vast.body.toewijzingId,
        begeleiderId: 'vb-1',
        rol: 'vast',
        dienstverband: 'betaald',
        van: '2025-08-01',
      },
    ]);
    expect(pagina2.body.volgende).toBeUndefined();
    expect(traject.body.begeleider).toEqual({ begeleiderId: 'vb-1', soort: 'betaald', sinds: '2025-08-01' });
  });

  it('keeps PUT .../begeleider as documented, as a toewijzing in the history', async () => {
    klok.dag = '2025-05-01';
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0518');
    const put = (body: object) =>
      roep(o.http, { method: 'PUT', routePath: pad('begeleider'), params: { id }, body, token });
    const eerst = await put({ begeleiderId: 'anna', soort: 'betaald' });
    klok.dag = '2025-05-03';
    const zelfde = await put({ begeleiderId: 'anna', soort: 'betaald' });
    const maatje = await put({ begeleiderId: 'bram', soort: 'maatje' });
    const historie = await lees('begeleiders', id, token);
    expect(eerst.body.begeleider).toEqual({ begeleiderId: 'anna', soort: 'betaald', sinds: '2025-05-01' });
    expect(zelfde.body.begeleider).toEqual({ begeleiderId: 'anna', soort: 'betaald', sinds: '2025-05-01' });
    expect(maatje.body.begeleider).toEqual({ begeleiderId: 'bram', soort: 'maatje', sinds: '2025-05-03' });
    expect(historie.body.items.map((w: { rol: string; tot?: string }) => [w.rol, w.tot])).toEqual([
      ['vast', '2025-05-03'],
      ['maatje', undefined],
    ]);
  });

  it('shows Groningen trajecten waiting for a maatje after the opstartfase, on the bellijst, until a maatje comes', async () => {
    // Arrange: koppeling 2025-01-10, koppeling aan woning 2025-01-10: the opstartfase lasts up to three months from it.
    klok.dag = '2025-01-12';
    const id = await meldAan(o, '0014', { koppeling: '2025-01-10', woning: '2025-01-10' });
    const teamleider = await begeleiderToken(o, '0014', 'teamleider');
    const opstart = await schrijf(
      'POST',
      'begeleiders',
      { id },
      { begeleiderId: 'ontvangst-1', rol: 'opstart', dienstverband: 'vrijwilliger' },
      teamleider,
    );
    const tijdensOpstart = await werklijst('caseload', teamleider, '0014');
    klok.dag = '2025-05-01';
    await schrijf(
      'POST',
      'begeleiders/{toewijzingId}/beeindiging',
      { id, toewijzingId: opstart.body.toewijzingId },
      { datum: '2025-04-10', reden: 'opstartfase-afgerond' },
      teamleider,
    );

    // Act
    const wachtend = await werklijst('caseload', teamleider, '0014');
    const bellijst = await werklijst('bellijst', teamleider, '0014');
    await schrijf(
      'POST',
      'begeleiders',
      { id },
      { begeleiderId: 'maatje-1', rol: 'maatje', dienstverband: 'vrijwilliger' },
      teamleider,
    );
    const metMaatje = await werklijst('caseload', teamleider, '0014');
    const bellijstNa = await werklijst('bellijst', teamleider, '0014');

    // Assert
    const ids = (items: { inburgeraarId: string }[]) => items.map((i) => i.inburgeraarId);
    expect(ids(tijdensOpstart.body.wachtendOpMaatje)).not.toContain(id);
    expect(wachtend.body.wachtendOpMaatje).toContainEqual({
      inburgeraarId: id,
      fase: 'begeleidingsfase',
      wachtendSinds: '2025-04-10',
    });
    expect(ids(bellijst.body.items)).toContain(id);
    expect(ids(metMaatje.body.wachtendOpMaatje)).not.toContain(id);
    expect(metMaatje.body.perSoort).toContainEqual({ rol: 'maatje', dienstverband: 'vrijwilliger', aantal: 1 });
    expect(metMaatje.body.begeleiders).toContainEqual({ begeleiderId: 'maatje-1', soort: 'maatje', aantal: 1 });
    expect(ids(bellijstNa.body.items)).not.toContain(id);
  });

  it('refuses a vrijwilliger (404 unless assigned, then 403), the gemeente (403 on read and write), another gemeente (404), an unknown toewijzing (404)', async () => {
    klok.dag = '2025-05-01';
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const body = { begeleiderId: 'x', rol: 'vast', dienstverband: 'betaald' };
    const nietToegewezen = (await lees('begeleiders', id, await begeleiderToken(o, '0518', 'vrijwilliger'))).status;
    await wijsVrijwilligerToe(id, '0518');
    const statussen = [
      nietToegewezen,
      (await schrijf('POST', 'begeleiders', { id }, body, await begeleiderToken(o, '0518', 'vrijwilliger'))).status,
      (await schrijf('POST', 'begeleiders', { id }, body, await consulentToken(o, '0518'))).status,
      (await lees('begeleiders', id, await consulentToken(o, '0518'))).status,
      (await lees('begeleiders', id, await begeleiderToken(o, '0599'))).status,
      (
        await schrijf(
          'POST',
          'begeleiders/{toewijzingId}/beeindiging',
          { id, toewijzingId: 'onbekend' },
          { datum: '2025-04-10', reden: 'overig' },
          await begeleiderToken(o, '0518'),
        )
      ).status,
      (await schrijf('POST', 'begeleiders', { id }, { ...body, van: '2025-06-01' }, await begeleiderToken(o, '0518')))
        .status,
      (await lees('begeleiders', id, await inburgeraarToken(o, id))).status,
    ];
    expect(statussen).toEqual([404, 403, 403, 403, 404, 404, 422, 200]);
  });
});

describe('afspraken (POST/GET .../afspraken, PUT .../aanwezigheid)', () => {
  it("plans Den Haag's four fixed opstartfase afspraken every two weeks at the start (3.3), without anyone asking", async () => {
    klok.dag = '2025-04-02';
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const res = await lees('afspraken', id, await begeleiderToken(o, '0518'));
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { datum: string }) => a.datum)).toEqual([
      '2025-04-01',
      '2025-04-15',
      '2025-04-29',
      '2025-05-13',
    ]);
    expect(res.body.items[0]).toEqual({
      afspraakId: 'opstart-1',
      datum: '2025-04-01',
      herkomst: 'opstartfase',
      vorm: 'kantoor',
      status: 'gepland',
    });
  });

  it('records attendance and the interpreter; a verschenen afspraak is a contactmoment for the broker', async () => {
    // Arrange
    klok.dag = '2025-04-20';
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    await wijsVrijwilligerToe(id, '0518');
    const token = await begeleiderToken(o, '0518', 'vrijwilliger');
    const aanwezig = (afspraakId: string, body: object, headers?: Record<string, string>) =>
      schrijf('PUT', 'afspraken/{afspraakId}/aanwezigheid', { id, afspraakId }, body, token, headers);

    // Act
    const verschenen = await aanwezig('opstart-1', { status: 'verschenen', tolk: 'telefonisch', duurMinuten: 60 });
    const herhaald = await aanwezig('opstart-1', { status: 'verschenen', tolk: 'telefonisch', duurMinuten: 60 });
    const anders = await aanwezig('opstart-1', { status: 'niet-verschenen' });
    const zonderDuur = await aanwezig('opstart-2', { status: 'verschenen' });
    const toekomst = await aanwezig('opstart-3', { status: 'niet-verschenen' });
    const afgezegd = await aanwezig('opstart-3', { status: 'afgezegd', afgezegdDoor: 'inburgeraar' });
    const onbekend = await aanwezig('bestaat-niet', { status: 'afgezegd' });
    const vervolg = await schrijf('POST', 'afspraken', { id }, { datum: '2025-05-20', vorm: 'huisbezoek' }, token, {
      'idempotency-key': `vervolg-${id}`,
    });
    const vervolgNogmaals = await schrijf(
      'POST',
      'afspraken',
      { id },
      { datum: '2025-05-20', vorm: 'huisbezoek' },
      token,
      {
        'idempotency-key': `vervolg-${id}`,
      },
    );
    await o.omgeving.bus.idle();
    const lijst = await lees('afspraken', id, token);
    const traject = await lees('traject', id, token);

    // Assert
    expect(verschenen.status).toBe(200);
    expect(verschenen.body).toMatchObject({
      afspraakId: 'opstart-1',
      status: 'verschenen',
      tolk: 'telefonisch',
      duurMinuten: 60,
    });
    expect([
      herhaald.status,
      anders.status,
      zonderDuur.status,
      toekomst.status,
      afgezegd.status,
      onbekend.status,
    ]).toEqual([200, 409, 422, 422, 200, 404]);
    expect(vervolg.status).toBe(201);
    expect(vervolgNogmaals.body).toEqual(vervolg.body);
    expect(vervolg.body).toMatchObject({ herkomst: 'begeleider', vorm: 'huisbezoek', status: 'gepland' });
    expect(lijst.body.items).toHaveLength(5);
    expect(traject.body.laatsteContact).toBe('2025-04-01');
    const contact = eventsVan(o, id, ContactmomentVastgelegd.detailType);
    expect(contact).toHaveLength(1);
    expect(detail(contact[0]).meta.categorie).toBe('contactmomenten');
    expect(detail(contact[0]).data).toEqual({
      contactmomentId: expect.any(String),
      datum: '2025-04-01',
      vorm: 'kantoor',
      duurMinuten: 60,
    });
  });

  it('lets the inburgeraar read their own afspraken; the gemeente 403, another gemeente 404', async () => {
    klok.dag = '2025-04-20';
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const statussen = [
      (await lees('afspraken', id, await inburgeraarToken(o, id))).status,
      (await lees('afspraken', id, await consulentToken(o, '0518'))).status,
      (await lees('afspraken', id, await begeleiderToken(o, '0599'))).status,
      (await lees('afspraken', id, await begeleiderToken(o, '0518'), 'cursor=vreemd')).status,
    ];
    expect(statussen).toEqual([200, 403, 404, 400]);
  });
});

describe('the begeleidingsplan (PUT/GET .../begeleidingsplan, POST .../evaluaties)', () => {
  it("sets Den Haag's plan on two leefgebieden, evaluates it at the 3-month meetmoment, and sends only codes to the broker", async () => {
    // Arrange
    klok.dag = '2025-04-10';
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0518');
    const plan = {
      datum: '2025-04-10',
      leefgebieden: [
        {
          leefgebied: 'financien-en-administratie',
          beginsituatie: 'Post blijft liggen',
          doelen: [
            {
              omschrijving: 'Zelf de post openen',
              acties: ['Samen post sorteren'],
              huiswerk: ['Zorgverzekeringen vergelijken'],
            },
          ],
        },
        { leefgebied: 'sociaal-netwerk', doelen: [{ omschrijving: 'Lid van een sportclub' }] },
      ],
    };

    // Act
    const gezet = await schrijf('PUT', 'begeleidingsplan', { id }, plan, token);
    const [financien, netwerk] = gezet.body.leefgebieden.map(
      (l: { doelen: { doelId: string }[] }) => l.doelen[0]?.doelId,
    );
    klok.dag = '2025-07-02';
    await schrijf('POST', 'meetmomenten', { id }, { datum: '2025-07-01', scores: { 'sociaal-netwerk': 3 } }, token);
    const evaluatie = await schrijf(
      'POST',
      'begeleidingsplan/evaluaties',
      { id },
      {
        datum: '2025-07-01',
        moment: 'meetmoment',
        doelen: [
          { doelId: financien, status: 'bereikt', toelichting: 'Opent zelf de post' },
          { doelId: netwerk, status: 'bezig' },
        ],
      },
      token,
    );
    const zonderResultaat = await schrijf(
      'POST',
      'begeleidingsplan/evaluaties',
      { id },
      { datum: '2025-07-02', moment: 'afronding', doelen: [{ doelId: netwerk, status: 'bereikt' }] },
      token,
    );
    await o.omgeving.bus.idle();
    const gelezen = await lees('begeleidingsplan', id, token);

    // Assert
    expect(gezet.status).toBe(200);
    expect(gezet.body.leefgebieden[0]).toEqual({
      leefgebied: 'financien-en-administratie',
      beginsituatie: 'Post blijft liggen',
      doelen: [
        {
          doelId: financien,
          omschrijving: 'Zelf de post openen',
          acties: ['Samen post sorteren'],
          huiswerk: ['Zorgverzekeringen vergelijken'],
          status: 'open',
        },
      ],
    });
    expect(evaluatie.status).toBe(201);
    expect(zonderResultaat.status).toBe(422);
    expect(gelezen.body.evaluatiesGepland).toEqual([
      { naMaanden: 3, datum: '2025-07-01', status: 'uitgevoerd' },
      { naMaanden: 8, datum: '2025-12-01', status: 'gepland' },
      { naMaanden: 12, datum: '2026-04-01', status: 'gepland' },
    ]);
    expect(gelezen.body.meetmomentenZonderEvaluatie).toEqual([]);
    expect(
      gelezen.body.leefgebieden.flatMap((l: { doelen: { status: string }[] }) => l.doelen.map((d) => d.status)),
    ).toEqual(['bereikt', 'bezig']);
    const events = eventsVan(o, id, BegeleidingsplanBijgewerkt.detailType).map((e) => detail(e));
    expect(events.map((e) => e.meta.categorie)).toEqual(['zelfredzaamheid', 'zelfredzaamheid']);
    expect(events[1]?.data).toEqual({
      bijwerkingId: evaluatie.body.evaluatieId,
      datum: '2025-07-01',
      aanleiding: 'meetmoment',
      doelen: [
        { doelId: financien, leefgebied: 'financien-en-administratie', status: 'bereikt' },
        { doelId: netwerk, leefgebied: 'sociaal-netwerk', status: 'bezig' },
      ],
    });
    const tekst = JSON.stringify(events);
    for (const vrij of ['Post blijft liggen', 'Zelf de post openen', 'Zorgverzekeringen', 'Opent zelf']) {
      expect(tekst).not.toContain(vrij);
    }
  });

  it('evaluates at afronding whether the intended results were reached (Rotterdam, 3.3)', async () => {
    klok.dag = '2025-06-01';
    const id = await meldAan(o, '0599', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0599');
    const gezet = await schrijf(
      'PUT',
      'begeleidingsplan',
      { id },
      { datum: '2025-05-01', leefgebieden: [{ leefgebied: 'wonen', doelen: [{ omschrijving: 'Huur op tijd' }] }] },
      token,
    );
    const doelId = gezet.body.leefgebieden[0].doelen[0].doelId;
    const res = await schrijf(
      'POST',
      'begeleidingsplan/evaluaties',
      { id },
      { datum: '2025-06-01', moment: 'afronding', doelen: [{ doelId, status: 'bereikt' }], resultatenBereikt: 'ja' },
      token,
    );
    await o.omgeving.bus.idle();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ moment: 'afronding', resultatenBereikt: 'ja' });
    const laatste = eventsVan(o, id, BegeleidingsplanBijgewerkt.detailType)
      .map((e) => detail(e))
      .at(-1);
    expect(laatste?.data).toMatchObject({ aanleiding: 'afronding', resultatenBereikt: 'ja' });
  });

  it('is 422 without a plan in the profile (Groningen) or off the model (VWN), 403 for the gemeente, 404 before a plan', async () => {
    klok.dag = '2025-04-10';
    const groningen = await meldAan(o, '0014', { koppeling: '2025-01-10' });
    const denHaag = await meldAan(o, '0518', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0518');
    const plan = (leefgebied: string) => ({ datum: '2025-04-10', leefgebieden: [{ leefgebied, doelen: [] }] });
    const statussen = [
      (await schrijf('PUT', 'begeleidingsplan', { id: groningen }, plan('wonen'), await begeleiderToken(o, '0014')))
        .status,
      (await schrijf('PUT', 'begeleidingsplan', { id: denHaag }, plan('kinderen'), token)).status,
      (await lees('begeleidingsplan', denHaag, token)).status,
      (await schrijf('PUT', 'begeleidingsplan', { id: denHaag }, plan('wonen'), token)).status,
      (await lees('begeleidingsplan', denHaag, await consulentToken(o, '0518'))).status,
      (await lees('begeleidingsplan', denHaag, await inburgeraarToken(o, denHaag))).status,
      (await lees('begeleidingsplan', groningen, await begeleiderToken(o, '0014'))).status,
    ];
    expect(statussen).toEqual([422, 422, 404, 200, 403, 200, 422]);
  });
});
