import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { VoortgangGedeeld } from '@wegwijs/contracts';
import { createPublisher, event } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aanmeldingVoor, eventsVan, type Opzet, roepMetQuery, zetOp } from './support';

const AANMELDINGEN = '/v1/aanmeldingen';
const INBURGERAAR = '/v1/inburgeraars/{id}';
const WONING = '/v1/inburgeraars/{id}/woningtoewijzing';
const BRP = '/v1/inburgeraars/{id}/brp-inschrijving';
const ORGANISATIE = '/v1/inburgeraars/{id}/uitvoeringsorganisatie';
const LIJST = '/v1/inburgeraars';

let o: Opzet;
beforeAll(async () => {
  o = await zetOp();
});
afterAll(() => o.omgeving.stop());

const consulent = (gemeente = '0518') => o.token('inburgeringsconsulent', [gemeente], `gemeente-${gemeente}`);
const begeleider = (org: string, gemeente = '0518') => o.token('maatschappelijk-begeleider', [gemeente], org);

describe('POST /v1/aanmeldingen', () => {
  it('registers a Den Haag statushouder for VluchtelingenWerk and publishes AanmeldingGeregistreerd without persoon data', async () => {
    // Arrange
    const token = await consulent();
    // Act
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: aanmeldingVoor('0518'),
      token,
    });
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      gemeente: '0518',
      doelgroep: 'asielstatushouder',
      status: 'aangemeld',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
    });
    expect(res.body.inburgeraarId).toEqual(expect.any(String));
    const [e, ...rest] = eventsVan(o.gezien, res.body.inburgeraarId, 'AanmeldingGeregistreerd.v1');
    expect(rest).toEqual([]);
    expect(e?.detail).toMatchObject({
      meta: { gemeente: '0518', actor: { rol: 'inburgeringsconsulent', org: 'gemeente-0518' } },
      data: {
        doelgroep: 'asielstatushouder',
        uitvoeringsorganisatie: 'vluchtelingenwerk',
        koppelingsdatum: '2026-01-15',
      },
    });
    const tekst = JSON.stringify(e?.detail);
    for (const geheim of ['Amal', 'Haddad', '1990-05-01', '"ar"']) expect(tekst).not.toContain(geheim);
  });

  it('assigns a Rotterdam gezinsmigrant to the provider the deployment configures (report 4.4)', async () => {
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: aanmeldingVoor('0599', 'gezinsmigrant'),
      token: await consulent('0599'),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ doelgroep: 'gezinsmigrant', uitvoeringsorganisatie: 'aanbieder-gezinsmigranten' });
  });

  it('answers 422 doelgroep-niet-bediend for a gezinsmigrant outside Rotterdam, and publishes nothing', async () => {
    const voor = o.gezien.length;
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: aanmeldingVoor('0518', 'gezinsmigrant'),
      token: await consulent(),
    });
    await o.omgeving.bus.idle();
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body.type).toMatch(/\/doelgroep-niet-bediend$/);
    expect(o.gezien.length).toBe(voor);
  });

  it('answers 400 for an unknown field, also inside persoon, and for a malformed date', async () => {
    const token = await consulent();
    const a = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: { ...aanmeldingVoor('0518'), bsn: '123456782' },
      token,
    });
    const b = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: { ...aanmeldingVoor('0518'), persoon: { ...aanmeldingVoor('0518').persoon, religie: 'x' } },
      token,
    });
    const c = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: { ...aanmeldingVoor('0518'), koppelingsdatum: '15-01-2026' },
      token,
    });
    expect([a.status, b.status, c.status]).toEqual([400, 400, 400]);
    expect(a.body.errors).toEqual([{ path: '/', message: 'unknown field: bsn' }]);
    expect(c.body.errors).toEqual([{ path: 'koppelingsdatum', message: 'must be a date YYYY-MM-DD' }]);
  });

  it('answers 401 without a token and with an expired one', async () => {
    const verlopen = await o.omgeving.token({
      sub: 'c',
      rol: 'inburgeringsconsulent',
      gemeenten: ['0518'],
      ttlSeconden: -120,
    });
    const a = await roep(o.handler, { method: 'POST', routePath: AANMELDINGEN, body: aanmeldingVoor('0518') });
    const b = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: aanmeldingVoor('0518'),
      token: verlopen,
    });
    expect([a.status, b.status]).toEqual([401, 401]);
  });

  it('answers 403 to other roles of that gemeente', async () => {
    const rollen = [
      await o.token('beleidsmedewerker', ['0518'], 'gemeente-0518'),
      await o.token('inkomensconsulent', ['0518'], 'gemeente-0518'),
      await begeleider('vluchtelingenwerk'),
    ];
    const statussen = [];
    for (const token of rollen) {
      statussen.push(
        (await roep(o.handler, { method: 'POST', routePath: AANMELDINGEN, body: aanmeldingVoor('0518'), token }))
          .status,
      );
    }
    expect(statussen).toEqual([403, 403, 403]);
  });

  it('answers 404 for a gemeente outside the token and for one this deployment does not serve', async () => {
    const a = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: aanmeldingVoor('0014'),
      token: await consulent('0518'),
    });
    const b = await roep(o.handler, {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: aanmeldingVoor('0363'),
      token: await consulent('0363'),
    });
    expect([a.status, b.status]).toEqual([404, 404]);
  });

  it('replays the first response for a repeated Idempotency-Key and registers once', async () => {
    // Arrange
    const token = await consulent('0957');
    const verzoek = {
      method: 'POST',
      routePath: AANMELDINGEN,
      body: aanmeldingVoor('0957'),
      token,
      headers: { 'idempotency-key': 'aanmelding-roermond-1' },
    };
    // Act
    const eerste = await roep(o.handler, verzoek);
    const tweede = await roep(o.handler, verzoek);
    await o.omgeving.bus.idle();
    // Assert
    expect(eerste.status).toBe(201);
    expect(tweede.status).toBe(201);
    expect(tweede.body).toEqual(eerste.body);
    expect(tweede.headers['idempotency-replayed']).toBe('true');
    expect(eventsVan(o.gezien, eerste.body.inburgeraarId, 'AanmeldingGeregistreerd.v1')).toHaveLength(1);
  });
});

describe('POST /v1/inburgeraars/{id}/woningtoewijzing and /brp-inschrijving', () => {
  it('records the woningtoewijzing: MB starts (Den Haag), WoningToegewezen is published', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    // Act
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: WONING,
      params: { id },
      body: { datum: '2026-03-10' },
      token: await consulent(),
    });
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      inburgeraarId: id,
      status: 'aangemeld',
      woningtoewijzingsdatum: '2026-03-10',
      traject: { fase: 'aangemeld', startdatum: '2026-03-10', einddatum: '2027-03-10' },
      dagenTussenKoppelingEnStart: 54,
    });
    expect(eventsVan(o.gezien, id, 'WoningToegewezen.v1').map((e) => e.detail)).toMatchObject([
      { data: { datum: '2026-03-10' }, meta: { inburgeraarId: id, gemeente: '0518' } },
    ]);
  });

  it('answers 200 without a new event for the same date, 409 for another date', async () => {
    const id = await o.meldAan('0518');
    const token = await consulent();
    const zet = (datum: string) =>
      roep(o.handler, { method: 'POST', routePath: WONING, params: { id }, body: { datum }, token });
    const eerste = await zet('2026-03-10');
    const nogmaals = await zet('2026-03-10');
    const ander = await zet('2026-03-11');
    await o.omgeving.bus.idle();
    expect([eerste.status, nogmaals.status, ander.status]).toEqual([200, 200, 409]);
    expect(nogmaals.body).toEqual(eerste.body);
    expect(ander.body.type).toMatch(/\/datum-al-vastgelegd$/);
    expect(eventsVan(o.gezien, id, 'WoningToegewezen.v1')).toHaveLength(1);
  });

  it('answers 422 for a date before the koppeling', async () => {
    const id = await o.meldAan('0518');
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: BRP,
      params: { id },
      body: { datum: '2026-01-14' },
      token: await consulent(),
    });
    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/\/datum-voor-koppeling$/);
  });

  it('records the BRP-inschrijving, the legal start, and shows the gap since the koppeling', async () => {
    const id = await o.meldAan('0518');
    const res = await roep(o.handler, {
      method: 'POST',
      routePath: BRP,
      params: { id },
      body: { datum: '2026-03-24' },
      token: await consulent(),
    });
    await o.omgeving.bus.idle();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ brpInschrijvingsdatum: '2026-03-24', dagenTussenKoppelingEnBrpInschrijving: 68 });
    expect(eventsVan(o.gezien, id, 'BrpIngeschreven.v1').map((e) => (e.detail as { data: unknown }).data)).toEqual([
      { datum: '2026-03-24' },
    ]);
  });

  it('answers 403 to the uitvoeringsorganisatie, 404 across gemeenten and for an unknown id, 400 for an unknown field', async () => {
    const id = await o.meldAan('0518');
    const body = { datum: '2026-03-10' };
    const a = await roep(o.handler, {
      method: 'POST',
      routePath: WONING,
      params: { id },
      body,
      token: await begeleider('vluchtelingenwerk'),
    });
    const b = await roep(o.handler, {
      method: 'POST',
      routePath: WONING,
      params: { id },
      body,
      token: await consulent('0599'),
    });
    const c = await roep(o.handler, {
      method: 'POST',
      routePath: WONING,
      params: { id: 'bestaat-niet' },
      body,
      token: await consulent(),
    });
    const d = await roep(o.handler, {
      method: 'POST',
      routePath: WONING,
      params: { id },
      body: { ...body, adres: 'Laan 1' },
      token: await consulent(),
    });
    expect([a.status, b.status, c.status, d.status]).toEqual([403, 404, 404, 400]);
  });
});

describe('GET /v1/inburgeraars/{id}', () => {
  const lees = async (id: string, token: string) =>
    roep(o.handler, { method: 'GET', routePath: INBURGERAAR, params: { id }, token });

  it('answers the gemeente, the assigned organisation and the inburgeraar themself', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    // Act
    const gemeente = await lees(id, await consulent());
    const organisatie = await lees(id, await begeleider('vluchtelingenwerk'));
    const zelf = await lees(id, await o.token('inburgeraar', [], undefined, id));
    // The FG reads the dossier without the persoon (need to know); the beleidsmedewerker not at all (aggregates only).
    const fg = await lees(id, await o.token('functionaris-gegevensbescherming', ['0518'], 'gemeente-0518'));
    const beleid = await lees(id, await o.token('beleidsmedewerker', ['0518'], 'gemeente-0518'));
    // Assert
    expect(beleid.status).toBe(403);
    for (const res of [gemeente, organisatie, zelf, fg]) {
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        inburgeraarId: id,
        gemeente: '0518',
        doelgroep: 'asielstatushouder',
        status: 'aangemeld',
        uitvoeringsorganisatie: 'vluchtelingenwerk',
        koppelingsdatum: '2026-01-15',
        dagenSindsKoppelingZonderStart: 30,
      });
      expect(res.body).not.toHaveProperty('traject');
    }
    expect(gemeente.body.persoon).toMatchObject({ voornaam: 'Amal', talen: ['ar', 'en'] });
    expect(zelf.body.persoon).toMatchObject({ achternaam: 'Haddad' });
    expect(fg.body).not.toHaveProperty('persoon');
  });

  it('answers 404 to another gemeente, another organisation and another inburgeraar', async () => {
    const id = await o.meldAan('0518');
    const statussen = [
      (await lees(id, await consulent('0014'))).status,
      (await lees(id, await begeleider('humanitas'))).status,
      (await lees(id, await begeleider('vluchtelingenwerk', '0599'))).status,
      (await lees(id, await o.token('inburgeraar', ['0518'], undefined, 'iemand-anders'))).status,
      (await lees('bestaat-niet', await consulent())).status,
    ];
    expect(statussen).toEqual([404, 404, 404, 404, 404]);
  });

  it('computes the Groningen traject from the koppeling: 36 months', async () => {
    const id = await o.meldAan('0014');
    const res = await lees(id, await consulent('0014'));
    expect(res.body).toMatchObject({
      uitvoeringsorganisatie: 'humanitas',
      traject: { fase: 'aangemeld', startdatum: '2026-01-15', einddatum: '2029-01-15' },
      dagenTussenKoppelingEnStart: 0,
    });
  });

  it('answers 401 without a token', async () => {
    const res = await roep(o.handler, { method: 'GET', routePath: INBURGERAAR, params: { id: 'x' } });
    expect(res.status).toBe(401);
  });
});

describe('the trajectstatus projection from the consent broker', () => {
  const broker = (occurredAt: string) =>
    createPublisher({
      busName: o.omgeving.bus.busName,
      client: new EventBridgeClient({}),
      clock: { now: () => new Date(occurredAt) },
    });
  const gedeeld = (
    id: string,
    trajectstatus: { fase: string; startdatum?: string; einddatum?: string },
    categorie = 'trajectstatus',
  ) =>
    event(
      VoortgangGedeeld,
      {
        gemeente: '0518',
        inburgeraarId: id,
        actor: { rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
        correlationId: 'c-1',
      },
      {
        bronId: `bron-${id}`,
        bronDetailType: 'TrajectFaseGewijzigd.v1',
        categorie: categorie as 'trajectstatus',
        ontvanger: { gemeente: '0518' },
        grondslag: 'wettelijke-taak',
        trajectstatus,
      },
    );

  it('takes fase and dates from the newest share and ignores an older one delivered later', async () => {
    // Arrange
    const id = await o.meldAan('0518');
    const token = await consulent();
    const nieuw = o.omgeving.bus.waitFor('aanmelding', VoortgangGedeeld.detailType);
    // Act
    await broker('2026-04-01T10:00:00.000Z').publish(
      gedeeld(id, { fase: 'begeleidingsfase', startdatum: '2026-03-10', einddatum: '2027-03-10' }),
    );
    await nieuw;
    const oud = o.omgeving.bus.waitFor('aanmelding', VoortgangGedeeld.detailType);
    await broker('2026-03-11T10:00:00.000Z').publish(gedeeld(id, { fase: 'opstartfase', startdatum: '2026-03-10' }));
    await oud;
    const res = await roep(o.handler, { method: 'GET', routePath: INBURGERAAR, params: { id }, token });
    // Assert
    expect(res.body).toMatchObject({
      status: 'begeleidingsfase',
      traject: { fase: 'begeleidingsfase', startdatum: '2026-03-10', einddatum: '2027-03-10' },
    });
  });

  it('keeps the start when a later share carries only a new einddatum, and ends at afgerond', async () => {
    const id = await o.meldAan('0518');
    const token = await consulent();
    for (const [tijd, status] of [
      ['2026-04-01T10:00:00.000Z', { fase: 'begeleidingsfase', startdatum: '2026-03-10', einddatum: '2027-03-10' }],
      ['2027-02-01T10:00:00.000Z', { fase: 'begeleidingsfase', einddatum: '2027-09-10' }],
      ['2027-09-10T10:00:00.000Z', { fase: 'afgerond' }],
    ] as const) {
      const verwerkt = o.omgeving.bus.waitFor('aanmelding', VoortgangGedeeld.detailType);
      await broker(tijd).publish(gedeeld(id, status));
      await verwerkt;
    }
    const res = await roep(o.handler, { method: 'GET', routePath: INBURGERAAR, params: { id }, token });
    expect(res.body).toMatchObject({
      status: 'afgerond',
      traject: { fase: 'afgerond', startdatum: '2026-03-10', einddatum: '2027-09-10' },
    });
    expect(res.body).not.toHaveProperty('dagenSindsKoppelingZonderStart');
  });

  it('ignores shares of other categories', async () => {
    const id = await o.meldAan('0518');
    const verwerkt = o.omgeving.bus.waitFor('aanmelding', VoortgangGedeeld.detailType);
    await broker('2026-04-01T10:00:00.000Z').publish(gedeeld(id, { fase: 'afgerond' }, 'praktische-zaken'));
    await verwerkt;
    const res = await roep(o.handler, {
      method: 'GET',
      routePath: INBURGERAAR,
      params: { id },
      token: await consulent(),
    });
    expect(res.body.status).toBe('aangemeld');
  });
});

describe('GET /v1/inburgeraars?gemeente=', () => {
  const lijst = (query: string, token: string) => roepMetQuery(o.handler, LIJST, query, token);

  it('lists the gemeente for its staff and only their own for an organisation, never persoon details', async () => {
    // Arrange: Woerden, used by this test only
    const a = await o.meldAan('0632', 'asielstatushouder', '2026-01-10');
    const b = await o.meldAan('0632', 'nareiziger', '2026-01-20');
    await roep(o.handler, {
      method: 'PUT',
      routePath: ORGANISATIE,
      params: { id: b },
      body: { uitvoeringsorganisatie: 'gemeente-0632', datum: '2026-02-01' },
      token: await consulent('0632'),
    });
    // Act
    const gemeente = await lijst('gemeente=0632', await consulent('0632'));
    const vwn = await lijst('gemeente=0632', await begeleider('vluchtelingenwerk', '0632'));
    const vreemd = await lijst('gemeente=0632', await begeleider('humanitas', '0632'));
    // Assert
    expect(gemeente.status).toBe(200);
    expect(gemeente.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).toEqual([a, b]);
    expect(gemeente.body.items[0]).not.toHaveProperty('persoon');
    expect(vwn.body.items.map((i: { inburgeraarId: string }) => i.inburgeraarId)).toEqual([a]);
    expect(vreemd.body.items).toEqual([]);
  });

  it('pages with limit and cursor', async () => {
    await o.meldAan('0373', 'asielstatushouder', '2026-01-01');
    await o.meldAan('0373', 'asielstatushouder', '2026-01-02');
    const token = await consulent('0373');
    const eerste = await lijst('gemeente=0373&limit=1', token);
    const tweede = await lijst(`gemeente=0373&limit=1&cursor=${eerste.body.volgende}`, token);
    expect(eerste.body.items).toHaveLength(1);
    expect(tweede.body.items).toHaveLength(1);
    expect(tweede.body.items[0].koppelingsdatum).toBe('2026-01-02');
    const vreemdeCursor = await lijst(`gemeente=0518&cursor=${eerste.body.volgende}`, await consulent());
    expect(vreemdeCursor.status).toBe(400);
  });

  it('answers 404 outside the token, 403 to an inburgeraar, 400 for an unknown or missing parameter', async () => {
    const statussen = [
      (await lijst('gemeente=0014', await consulent())).status,
      (await lijst('gemeente=0518', await o.token('inburgeraar', ['0518'], undefined, 'x'))).status,
      (await lijst('gemeente=0518&naam=Haddad', await consulent())).status,
      (await lijst('', await consulent())).status,
    ];
    expect(statussen).toEqual([404, 403, 400, 400]);
  });
});

describe('PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie', () => {
  it('moves the traject to Gro-Up: the old organisation loses access, the new one gains it', async () => {
    // Arrange
    const id = await o.meldAan('0599');
    // Act
    const res = await roep(o.handler, {
      method: 'PUT',
      routePath: ORGANISATIE,
      params: { id },
      body: { uitvoeringsorganisatie: 'gro-up', datum: '2026-02-01' },
      token: await consulent('0599'),
    });
    await o.omgeving.bus.idle();
    // Assert
    expect(res.status).toBe(200);
    expect(res.body.uitvoeringsorganisatie).toBe('gro-up');
    expect(
      eventsVan(o.gezien, id, 'UitvoeringsorganisatieGewijzigd.v1').map((e) => (e.detail as { data: unknown }).data),
    ).toEqual([{ van: 'vluchtelingenwerk', naar: 'gro-up', datum: '2026-02-01' }]);
    const lees = async (token: string) =>
      (await roep(o.handler, { method: 'GET', routePath: INBURGERAAR, params: { id }, token })).status;
    expect(await lees(await begeleider('vluchtelingenwerk', '0599'))).toBe(404);
    expect(await lees(await begeleider('gro-up', '0599'))).toBe(200);
  });

  it('answers 200 without an event for the current organisation, 422 for one that does not serve the gemeente', async () => {
    const id = await o.meldAan('0599');
    const token = await consulent('0599');
    const zet = (uitvoeringsorganisatie: string) =>
      roep(o.handler, {
        method: 'PUT',
        routePath: ORGANISATIE,
        params: { id },
        body: { uitvoeringsorganisatie, datum: '2026-02-01' },
        token,
      });
    const zelfde = await zet('vluchtelingenwerk');
    const vreemd = await zet('humanitas');
    await o.omgeving.bus.idle();
    expect(zelfde.status).toBe(200);
    expect(vreemd.status).toBe(422);
    expect(vreemd.body.type).toMatch(/\/organisatie-bedient-gemeente-niet$/);
    expect(eventsVan(o.gezien, id, 'UitvoeringsorganisatieGewijzigd.v1')).toEqual([]);
  });

  it('answers 403 to the organisation itself and 404 across gemeenten', async () => {
    const id = await o.meldAan('0599');
    const body = { uitvoeringsorganisatie: 'gro-up', datum: '2026-02-01' };
    const a = await roep(o.handler, {
      method: 'PUT',
      routePath: ORGANISATIE,
      params: { id },
      body,
      token: await begeleider('vluchtelingenwerk', '0599'),
    });
    const b = await roep(o.handler, {
      method: 'PUT',
      routePath: ORGANISATIE,
      params: { id },
      body,
      token: await consulent(),
    });
    expect([a.status, b.status]).toEqual([403, 404]);
  });
});
