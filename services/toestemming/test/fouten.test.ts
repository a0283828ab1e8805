import { MeetmomentVastgelegd, TrajectFaseGewijzigd } from '@wegwijs/contracts';
import type { Publisher } from '@wegwijs/lambda-kit';
import { roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrokerStore } from '../src/adapters/store';
import { createConsumer } from '../src/handlers/consumer';
import { createHttpHandler } from '../src/handlers/http';
import { type BrokerOmgeving, body, brokerOmgeving, meetmoment, ROUTES } from './support/omgeving';

let o: BrokerOmgeving;
const ORG = 'vluchtelingenwerk';

beforeAll(async () => {
  o = await brokerOmgeving();
});
afterAll(() => o.omgeving.stop());

/**
 * The real store, with the one write (staat + log entries + events) failing while `kapot` is set: before it reaches
 * the table, or (`na`) after it was stored, as a timeout that hides a completed write does.
 */
function metKapotteLog(store: BrokerStore, moment: 'voor' | 'na' = 'voor') {
  const schakelaar = { kapot: true };
  const wrapped: BrokerStore = {
    ...store,
    schrijfStaat: async (...args) => {
      if (!schakelaar.kapot) return store.schrijfStaat(...args);
      if (moment === 'na') await store.schrijfStaat(...args);
      throw new Error('log write failed');
    },
  };
  return { wrapped, schakelaar };
}

describe('a failing log write', () => {
  it('shares nothing, and the event is retried and dead-lettered, never dropped; redelivered, it is shared once', async () => {
    // Arrange
    const ib = 'ib-f-1';
    await o.aanmelden(ib);
    const inburgeraar = await o.token({ sub: ib, rol: 'inburgeraar' });
    const consulent = await o.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    await o.roep({
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: ib },
      body: body(),
      token: inburgeraar,
    });
    const echt = o.deps();
    const { wrapped, schakelaar } = metKapotteLog(echt.store);
    const kapot = createConsumer({ ...echt, store: wrapped });
    o.omgeving.bus.register('toestemming', kapot);
    const gedeeld: string[] = [];
    const stop = o.omgeving.bus.onDelivery((d) => {
      if (d.event['detail-type'] === 'VoortgangGedeeld.v1') gedeeld.push(d.event['detail-type']);
    });
    const dood = o.omgeving.bus.deadLetters.length;
    // Act
    await o.stuur(MeetmomentVastgelegd, ib, ORG, meetmoment('mf'));
    await o.stuur(TrajectFaseGewijzigd, ib, ORG, { fase: 'opstartfase', datum: '2026-04-01' });
    const tijdensStoring = await o.roep({
      method: 'GET',
      routePath: ROUTES.voortgang,
      params: { id: ib },
      token: consulent,
    });
    const doodGegaan = o.omgeving.bus.deadLetters.slice(dood);
    // Assert: nothing shared, both events dead-lettered after every attempt
    expect(tijdensStoring.body.items).toEqual([]);
    expect(gedeeld).toEqual([]);
    expect(doodGegaan.map((d) => [d.consumer, d.event['detail-type'], d.attempts])).toEqual([
      ['toestemming', 'MeetmomentVastgelegd.v1', 3],
      ['toestemming', 'TrajectFaseGewijzigd.v1', 3],
    ]);

    // Act: the storage recovers and the dead letters are redelivered (twice, as a replay might)
    schakelaar.kapot = false;
    for (const d of [...doodGegaan, ...doodGegaan]) await kapot(structuredClone(d.event));
    await o.omgeving.bus.idle();
    stop();
    o.omgeving.bus.register('toestemming', o.consumer);
    const hersteld = await o.roep({ method: 'GET', routePath: ROUTES.voortgang, params: { id: ib }, token: consulent });
    const log = await o.roep({ method: 'GET', routePath: ROUTES.verwerkingen, params: { id: ib }, token: inburgeraar });

    // Assert: shared exactly once each, the chain intact
    expect(hersteld.body.items.map((i: { categorie: string }) => i.categorie).sort()).toEqual([
      'trajectstatus',
      'zelfredzaamheid',
    ]);
    expect(log.body.items.filter((e: { actie: string }) => e.actie === 'gedeeld')).toHaveLength(2);
    expect(log.body.keten.geldig).toBe(true);
  });

  it('a voortgang event before its aanmelding is retried, not dropped and not shared', async () => {
    const dood = o.omgeving.bus.deadLetters.length;
    await o.stuur(MeetmomentVastgelegd, 'ib-f-onbekend', ORG, meetmoment('mx'));
    expect(o.omgeving.bus.deadLetters.slice(dood).map((d) => [d.event['detail-type'], d.errorName])).toEqual([
      ['MeetmomentVastgelegd.v1', 'TrajectOnbekend'],
    ]);
  });
});

describe.each(['voor', 'na'] as const)('a grant whose one write fails %s storing (finding 9)', (moment) => {
  it('answers 500 once; the retry with the same Idempotency-Key answers 201: one consent, one log entry, one event', async () => {
    // Arrange
    const ib = `ib-f-9-${moment}`;
    await o.aanmelden(ib);
    const inburgeraar = await o.token({ sub: ib, rol: 'inburgeraar' });
    const echt = o.deps();
    const { wrapped, schakelaar } = metKapotteLog(echt.store, moment);
    const gegeven: (string | undefined)[] = [];
    const publisher: Publisher = {
      async publish(...events) {
        await echt.publisher.publish(...events);
        for (const e of events) if (e.contract.detailType === 'ToestemmingGegeven.v1') gegeven.push(e.id);
      },
    };
    const kapot = createHttpHandler({ ...echt, store: wrapped, publisher });
    const verzoek = {
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: ib },
      body: body(),
      token: inburgeraar,
      headers: { 'idempotency-key': `grant-f9-${moment}` },
    };
    // Act
    const mislukt = await roep(kapot, verzoek);
    schakelaar.kapot = false;
    const opnieuw = await roep(kapot, verzoek);
    await o.omgeving.bus.idle();
    const lijst = await o.roep({
      method: 'GET',
      routePath: ROUTES.toestemmingen,
      params: { id: ib },
      token: inburgeraar,
    });
    const log = await o.roep({ method: 'GET', routePath: ROUTES.verwerkingen, params: { id: ib }, token: inburgeraar });
    // Assert
    expect(mislukt.status).toBe(500);
    expect(opnieuw.status).toBe(201);
    expect(lijst.body.items).toHaveLength(1);
    expect(lijst.body.items[0].toestemmingId).toBe(opnieuw.body.toestemmingId);
    const gegevenEntries = log.body.items.filter((e: { actie: string }) => e.actie === 'toestemming-gegeven');
    expect(gegevenEntries).toHaveLength(1);
    expect(log.body.keten.geldig).toBe(true);
    expect(gegeven.length).toBeGreaterThanOrEqual(1);
    expect(new Set(gegeven).size).toBe(1);
  });
});
