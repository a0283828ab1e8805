import {
  AanmeldingGeregistreerd,
  BrpIngeschreven,
  OpstartfaseAfgerond,
  RegeldagGepland,
  TrajectFaseGewijzigd,
  UitvoeringsorganisatieGewijzigd,
  WoningToegewezen,
} from '@wegwijs/contracts';
import { createPublisher, event } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  begeleiderToken,
  bronEvent,
  detail,
  eventsVan,
  klok,
  meldAan,
  type Opstelling,
  startOpstelling,
} from './support-omgeving';

const TRAJECT = '/v1/inburgeraars/{id}/traject';
const FASE = TrajectFaseGewijzigd.detailType;
let o: Opstelling;

beforeAll(async () => {
  o = await startOpstelling();
});
afterAll(() => o.omgeving.stop());
beforeEach(() => {
  klok.dag = '2025-05-01';
});

const leesTraject = async (id: string, cbs = '0518') =>
  roep(o.http, { method: 'GET', routePath: TRAJECT, params: { id }, token: await begeleiderToken(o, cbs) });

describe('AanmeldingGeregistreerd through the local event bus', () => {
  it('creates the traject with its gemeente and uitvoeringsorganisatie, and announces the fase', async () => {
    // Arrange
    const publisher = createPublisher({ busName: o.omgeving.bus.busName });
    const inburgeraarId = 'ib-via-de-bus';
    const meta = {
      gemeente: '0518',
      inburgeraarId,
      actor: { org: 'gemeente-0518', rol: 'inburgeringsconsulent' as const },
      correlationId: 'c-1',
    };
    const verwerkt = o.omgeving.bus.waitFor('begeleiding', AanmeldingGeregistreerd.detailType);
    const aangekondigd = o.omgeving.bus.waitFor(
      'toestemming',
      FASE,
      (e) => detail(e).meta.inburgeraarId === inburgeraarId,
    );
    // Act
    await publisher.publish(
      event(AanmeldingGeregistreerd, meta, {
        doelgroep: 'nareiziger',
        uitvoeringsorganisatie: 'vluchtelingenwerk',
        koppelingsdatum: '2025-04-02',
      }),
    );
    await verwerkt;
    // Assert
    const res = await leesTraject(inburgeraarId);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fase: 'aangemeld', startdatum: null, einddatum: null, verlengingen: 0 });
    const fase = detail(await aangekondigd);
    expect(fase.meta).toMatchObject({ categorie: 'trajectstatus', actor: { org: 'vluchtelingenwerk' } });
    expect(fase.data).toEqual({ fase: 'aangemeld', datum: '2025-05-01' });
  });
});

describe('the consumer', () => {
  it('starts the traject at woningtoewijzing (Den Haag) and announces opstartfase with its dates', async () => {
    const id = await meldAan(o, '0518');
    await o.consumer(bronEvent(WoningToegewezen, { inburgeraarId: id, gemeente: '0518' }, { datum: '2025-04-01' }));
    await o.omgeving.bus.idle();
    const res = await leesTraject(id);
    expect(res.body).toMatchObject({ fase: 'opstartfase', startdatum: '2025-04-01', einddatum: '2026-04-01' });
    expect(eventsVan(o, id, FASE).map((e) => detail(e).data)).toEqual([
      { fase: 'aangemeld', datum: '2025-05-01' },
      {
        fase: 'opstartfase',
        vorigeFase: 'aangemeld',
        datum: '2025-04-01',
        startdatum: '2025-04-01',
        einddatum: '2026-04-01',
      },
    ]);
  });

  it('starts at koppeling in Groningen', async () => {
    const id = await meldAan(o, '0014', { koppeling: '2025-04-15' });
    const res = await leesTraject(id, '0014');
    expect(res.body).toMatchObject({ fase: 'opstartfase', startdatum: '2025-04-15', einddatum: '2028-04-15' });
  });

  it('handles a duplicate delivery, and a replayed fact, once', async () => {
    const id = await meldAan(o, '0518');
    const woning = bronEvent(WoningToegewezen, { inburgeraarId: id, gemeente: '0518' }, { datum: '2025-04-01' });
    await o.consumer(woning);
    await o.consumer(woning);
    await o.consumer({ ...woning, id: 'redelivered', detail: { ...(woning.detail as object) } });
    // The same fact sent again by its producer (a new event id) changes nothing either.
    await o.consumer(bronEvent(WoningToegewezen, { inburgeraarId: id, gemeente: '0518' }, { datum: '2025-04-01' }));
    await o.omgeving.bus.idle();
    expect(eventsVan(o, id, FASE)).toHaveLength(2);
  });

  it('accepts events in any order: woningtoewijzing and BRP before the aanmelding', async () => {
    const id = 'ib-omgekeerd';
    const meta = { inburgeraarId: id, gemeente: '0518' };
    await o.consumer(bronEvent(BrpIngeschreven, meta, { datum: '2025-04-20' }));
    await o.consumer(bronEvent(WoningToegewezen, meta, { datum: '2025-04-01' }));
    expect((await leesTraject(id)).status).toBe(404);
    await o.consumer(
      bronEvent(AanmeldingGeregistreerd, meta, {
        doelgroep: 'asielstatushouder',
        uitvoeringsorganisatie: 'vluchtelingenwerk',
        koppelingsdatum: '2025-01-10',
      }),
    );
    await o.omgeving.bus.idle();
    const res = await leesTraject(id);
    expect(res.body).toMatchObject({
      fase: 'opstartfase',
      startdatum: '2025-04-01',
      brpInschrijvingsdatum: '2025-04-20',
      verschilWettelijkeStartDagen: 19,
    });
    expect(eventsVan(o, id, FASE).map((e) => detail(e).data.fase)).toEqual(['opstartfase']);
  });

  it('moves to the begeleidingsfase on OpstartfaseAfgerond; a RegeldagGepland changes no fase', async () => {
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const meta = { inburgeraarId: id, gemeente: '0518' };
    await o.consumer(bronEvent(RegeldagGepland, meta, { regeldagId: 'r1', datum: '2025-04-03' }));
    await o.consumer(bronEvent(OpstartfaseAfgerond, meta, { regeldagId: 'r1', datum: '2025-04-28' }));
    await o.omgeving.bus.idle();
    expect((await leesTraject(id)).body.fase).toBe('begeleidingsfase');
    expect(eventsVan(o, id, FASE).map((e) => detail(e).data)).toContainEqual({
      fase: 'begeleidingsfase',
      vorigeFase: 'opstartfase',
      datum: '2025-04-28',
      startdatum: '2025-04-01',
      einddatum: '2026-04-01',
    });
  });

  it('hands the traject to another uitvoeringsorganisatie, whatever the order of the changes', async () => {
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const meta = { inburgeraarId: id, gemeente: '0518' };
    await o.consumer(
      bronEvent(UitvoeringsorganisatieGewijzigd, meta, { van: 'a', naar: 'humanitas', datum: '2025-04-20' }),
    );
    await o.consumer(
      bronEvent(UitvoeringsorganisatieGewijzigd, meta, {
        van: 'vluchtelingenwerk',
        naar: 'inova',
        datum: '2025-04-10',
      }),
    );
    const oud = await leesTraject(id);
    const nieuw = await roep(o.http, {
      method: 'GET',
      routePath: TRAJECT,
      params: { id },
      token: await begeleiderToken(o, '0518', 'maatschappelijk-begeleider', 'humanitas'),
    });
    expect([oud.status, nieuw.status]).toEqual([404, 200]);
  });

  it('refuses an event for a gemeente without a profile (it goes to the dead-letter queue)', async () => {
    const e = bronEvent(WoningToegewezen, { inburgeraarId: 'ib-x', gemeente: '9999' }, { datum: '2025-04-01' });
    await expect(o.consumer(e)).rejects.toThrow();
  });
});
