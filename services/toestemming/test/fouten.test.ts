import { MeetmomentVastgelegd, TrajectFaseGewijzigd } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrokerStore } from '../src/adapters/store';
import { createConsumer } from '../src/handlers/consumer';
import { type BrokerOmgeving, body, brokerOmgeving, meetmoment, ROUTES } from './support/omgeving';

let o: BrokerOmgeving;
const ORG = 'vluchtelingenwerk';

beforeAll(async () => {
  o = await brokerOmgeving();
});
afterAll(() => o.omgeving.stop());

/** The real store, with the log write failing while `kapot` is set (an injected fault of the storage port). */
function metKapotteLog(store: BrokerStore) {
  const schakelaar = { kapot: true };
  const wrapped: BrokerStore = {
    ...store,
    voegToe: async (entry) => {
      if (schakelaar.kapot) throw new Error('log write failed');
      return store.voegToe(entry);
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
