import { ContactmomentVastgelegd } from '@wegwijs/contracts';
import { event } from '@wegwijs/lambda-kit';
import type { BusEvent } from '@wegwijs/local-kit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ketenGeldig } from '../../services/toestemming/src/domain/keten';
import type { LogEntry } from '../../services/toestemming/src/domain/typen';
import { type BrokerOmgeving, body, brokerOmgeving, ROUTES } from '../../services/toestemming/test/support/omgeving';

// The reliability suite of issue 21: a burst of contactmomenten for ONE inburgeraar reaches the consent broker, which
// decides every one exactly once. Deliveries to the broker are ordered and serialised per inburgeraar (the local bus
// as the SQS FIFO queue in AWS), so its writes of that person's staat item no longer retry against each other.

const ORG = 'vluchtelingenwerk';
const IB = 'ib-burst';
const AANTAL = Number(process.env.BURST_AANTAL ?? 1000);
const TEGELIJK = 20;

let o: BrokerOmgeving;
/** Every event the broker's consumer received, first delivery by meta.id (for the redeliveries). */
const ontvangen = new Map<string, BusEvent>();

beforeAll(async () => {
  o = await brokerOmgeving({ wacht: async () => undefined });
  o.omgeving.bus.register('toestemming', async (e) => {
    const id = (e.detail as { meta: { id: string } }).meta.id;
    if (!ontvangen.has(id)) ontvangen.set(id, e);
    await o.consumer(e);
  });
});
afterAll(() => o.omgeving.stop());

const contactmoment = (n: number) =>
  event(ContactmomentVastgelegd, o.meta(IB, ORG), {
    contactmomentId: `k-${String(n).padStart(4, '0')}`,
    datum: '2026-04-02',
    vorm: 'telefoon',
    duurMinuten: 20,
  });

/** Publishes contactmomenten `van`..`tot` (exclusive), TEGELIJK requests at a time, without awaiting delivery. */
async function burst(van: number, tot: number): Promise<string[]> {
  const bevestigd: string[] = [];
  for (let i = van; i < tot; i += TEGELIJK) {
    const groep = Array.from({ length: Math.min(TEGELIJK, tot - i) }, (_, j) => i + j);
    await Promise.all(
      groep.map(async (n) => {
        await o.publisher.publish(contactmoment(n));
        bevestigd.push(`k-${String(n).padStart(4, '0')}`);
      }),
    );
  }
  return bevestigd;
}

const decisions = (log: readonly LogEntry[]) =>
  log.filter((e) => e.categorie === 'contactmomenten' && (e.actie === 'gedeeld' || e.actie === 'geweigerd'));

/** What a replay must not change: the log and the gemeente's view, as stored. */
async function toestand() {
  const log = (await o.deps().store.leesLog(IB)).sort((a, b) => a.seq - b.seq);
  const delingen = (await o.deps().store.delingen(IB)).map((d) => `${d.sleutel}:${d.besluit}:${d.status}`).sort();
  return { log, delingen };
}

describe('a burst of 1,000 contactmomenten for one inburgeraar, 20 at a time', () => {
  it('decides every acknowledged one exactly once: gedeeld before the withdrawal, geweigerd after; 0 dead letters; the chain valid; a replay (1-3 times, shuffled) changes nothing', async () => {
    // Arrange: the inburgeraar is known to the broker and consents to contactmomenten for the gemeente
    await o.aanmelden(IB, ORG);
    const inburgeraar = await o.token({ sub: IB, rol: 'inburgeraar' });
    const consulent = await o.token({ sub: 'c1', rol: 'inburgeringsconsulent', gemeenten: ['0518'] });
    const gegeven = await o.roep({
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: IB },
      body: body({ categorieen: ['contactmomenten'] }),
      token: inburgeraar,
    });
    expect(gegeven.status).toBe(201);

    // Act: half the burst, the withdrawal while it is being decided, the other half
    const voor = await burst(0, AANTAL / 2);
    const trek = await o.roep({
      method: 'POST',
      routePath: ROUTES.intrekking,
      params: { id: IB, toestemmingId: gegeven.body.toestemmingId },
      token: inburgeraar,
    });
    const na = await burst(AANTAL / 2, AANTAL);
    await o.omgeving.bus.idle();

    // Assert: one decision per acknowledged contactmoment, on the right side of the withdrawal, nothing dead-lettered
    expect(trek.status).toBe(200);
    expect(o.omgeving.bus.deadLetters).toEqual([]);
    const { log } = await toestand();
    expect(ketenGeldig(log)).toBe(true);
    const besluiten = decisions(log);
    expect(besluiten.map((e) => e.bronId).sort()).toEqual([...voor, ...na].sort());
    const intrekking = log.find((e) => e.actie === 'toestemming-ingetrokken');
    expect(intrekking).toBeDefined();
    const grens = intrekking?.seq ?? 0;
    for (const e of besluiten) expect(e.actie, `${e.bronId} at ${e.seq}`).toBe(e.seq < grens ? 'gedeeld' : 'geweigerd');
    for (const bronId of na) {
      expect(besluiten.find((e) => e.bronId === bronId)?.actie).toBe('geweigerd');
    }
    // what was shared before the withdrawal was removed by it, each with one `verwijderd` entry
    const gedeeld = besluiten.filter((e) => e.actie === 'gedeeld').map((e) => e.bronId);
    expect(gedeeld.length).toBeGreaterThan(0);
    const verwijderd = log.filter((e) => e.actie === 'verwijderd').map((e) => e.bronId);
    expect(verwijderd.sort()).toEqual(gedeeld.sort());
    const pagina = await o.roep({
      method: 'GET',
      routePath: ROUTES.verwerkingen,
      params: { id: IB },
      token: inburgeraar,
    });
    expect(pagina.body.keten.geldig).toBe(true);
    const voortgang = await o.roep({
      method: 'GET',
      routePath: ROUTES.voortgang,
      params: { id: IB },
      token: consulent,
    });
    expect(voortgang.body.items.filter((i: { categorie: string }) => i.categorie === 'contactmomenten')).toEqual([]);

    // Act again: every event delivered 1-3 more times, shuffled, as a relay would publish it (same meta.id, new
    // envelope id), 20 at a time
    const referentie = await toestand();
    const alle = [...ontvangen.values()].filter((e) => e['detail-type'] === ContactmomentVastgelegd.detailType);
    expect(alle).toHaveLength(AANTAL);
    const keer = fc.sample(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: AANTAL, maxLength: AANTAL }), {
      seed: 21,
      numRuns: 1,
    })[0] as number[];
    const herhaald = alle.flatMap((e, i) => Array.from({ length: keer[i] ?? 1 }, () => e));
    const opnieuw = fc.sample(fc.shuffledSubarray(herhaald, { minLength: herhaald.length }), {
      seed: 21,
      numRuns: 1,
    })[0] as BusEvent[];
    for (let i = 0; i < opnieuw.length; i += TEGELIJK) {
      o.omgeving.bus.putEvents(
        opnieuw.slice(i, i + TEGELIJK).map((e) => ({
          Source: e.source,
          DetailType: e['detail-type'],
          Detail: JSON.stringify(e.detail),
          EventBusName: o.omgeving.bus.busName,
        })),
      );
    }
    await o.omgeving.bus.idle();

    // Assert: nothing changed
    expect(o.omgeving.bus.deadLetters).toEqual([]);
    expect(await toestand()).toEqual(referentie);
  }, 600_000);
});
