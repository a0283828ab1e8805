import { ContactmomentVastgelegd, TrajectFaseGewijzigd } from '@wegwijs/contracts';
import { PublishError, type Publisher, relayHandler } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import {
  begeleiderToken,
  detail,
  eventsVan,
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

const FASE = TrajectFaseGewijzigd.detailType;
const fasen = (id: string) => eventsVan(o, id, FASE).map((e) => detail(e).data);

describe('the planner', () => {
  it('announces the fasen that the passing of time brings, once (Rotterdam, with its afrondingsfase, waiting past its einddatum)', async () => {
    // Arrange: Rotterdam, 24 months from 2025-04-01, opstartfase 3 months, afrondingsfase the last 3 months.
    const id = await meldAan(o, '0599', { woning: '2025-04-01' });
    const dagen = ['2025-08-01', '2027-01-15', '2027-04-02'];
    // Act
    for (const dag of dagen) {
      klok.dag = dag;
      await o.planner();
      await o.planner();
    }
    await o.omgeving.bus.idle();
    // Assert
    expect(fasen(id).slice(1)).toEqual([
      {
        fase: 'opstartfase',
        vorigeFase: 'aangemeld',
        datum: '2025-04-01',
        startdatum: '2025-04-01',
        einddatum: '2027-04-01',
      },
      {
        fase: 'begeleidingsfase',
        vorigeFase: 'opstartfase',
        datum: '2025-07-01',
        startdatum: '2025-04-01',
        einddatum: '2027-04-01',
      },
      {
        fase: 'afrondingsfase',
        vorigeFase: 'begeleidingsfase',
        datum: '2027-01-01',
        startdatum: '2025-04-01',
        einddatum: '2027-04-01',
      },
    ]);
    // Past its einddatum Rotterdam waits in its afrondingsfase for the eindgesprek and the overdracht (4.3).
  });

  it('leaves nothing to do on a second run: nothing is due any more', async () => {
    await meldAan(o, '0518', { woning: '2025-04-01' });
    klok.dag = '2030-01-01';
    const eerste = await o.planner();
    const tweede = await o.planner();
    expect(eerste.faseGewijzigd).toBeGreaterThan(0);
    expect(tweede).toEqual({ trajecten: 0, faseGewijzigd: 0, mislukt: 0 });
  });

  it('refuses writes once the looptijd has ended (409), even before the planner ran; a waiting ending accepts them', async () => {
    // Den Haag closes by itself after its year; Roermond waits for its eindgesprek and overdracht (4.3).
    const denHaag = await meldAan(o, '0518', { woning: '2025-04-01' });
    const roermond = await meldAan(o, '0957', { woning: '2025-04-01' });
    const contact = async (id: string, cbs: string, datum: string) =>
      roep(o.http, {
        method: 'POST',
        routePath: '/v1/inburgeraars/{id}/contactmomenten',
        params: { id },
        body: { datum, vorm: 'telefoon', duurMinuten: 5 },
        token: await begeleiderToken(o, cbs),
      });
    klok.dag = '2026-04-03';
    expect((await contact(denHaag, '0518', '2026-04-02')).status).toBe(409);
    expect((await contact(roermond, '0957', '2026-04-02')).status).toBe(201);
  });

  it('leaves what a failed publish left pending to the relay, and the request itself succeeded', async () => {
    // Arrange: an HTTP handler whose bus refuses every event.
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    await o.omgeving.bus.idle();
    const weigerend: Publisher = {
      publish: async () => {
        throw new PublishError('refused', [
          { detailType: ContactmomentVastgelegd.detailType, errorCode: 'InternalFailure' },
        ]);
      },
    };
    const http = createHttpHandler(defaultDeps({ clock: klok, publisher: weigerend }));
    const res = await roep(http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/contactmomenten',
      params: { id },
      body: { datum: '2025-05-01', vorm: 'kantoor', duurMinuten: 20 },
      token: await begeleiderToken(o, '0518'),
    });
    await o.omgeving.bus.idle();
    expect(res.status).toBe(201);
    expect(eventsVan(o, id, ContactmomentVastgelegd.detailType)).toHaveLength(0);
    // Act: the planner does not touch a traject whose fase change is not due; the relay's sweep publishes.
    await o.planner();
    await o.omgeving.bus.idle();
    const naPlanner = eventsVan(o, id, ContactmomentVastgelegd.detailType).length;
    await relayHandler()({ detail: { rustMs: 0 } });
    await o.omgeving.bus.idle();
    // Assert
    expect(naPlanner).toBe(0);
    const events = eventsVan(o, id, ContactmomentVastgelegd.detailType).map(detail);
    expect(events.map((e) => e.data.contactmomentId)).toEqual([res.body.contactmomentId]);
  });
});
