import {
  AanmeldingGeregistreerd,
  ContactmomentVastgelegd,
  type EventContract,
  MeetmomentVastgelegd,
  TrajectAfgerond,
  TrajectFaseGewijzigd,
  VoortgangsrapportageOpgesteld,
} from '@wegwijs/contracts';
import {
  bewaarTabel,
  gebruik,
  herstelTabel,
  inVolgorde,
  leverInstellingen,
  leverPlannen,
  leverVolgens,
  startTestOmgeving,
  type TestOmgeving,
  toestandVan,
  vastEvent,
  zonder,
} from '@wegwijs/test-helpers';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrokerDeps } from '../src/app/deps';
import { geefToestemming } from '../src/app/toestemmingen';
import { ketenGeldig } from '../src/domain/keten';
import { Regelfout } from '../src/domain/toestemming';
import type { LogEntry } from '../src/domain/typen';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { toestemmingTabel } from '../src/tabel';
import { body } from './support/omgeving';
import { voortgangData } from './support/voorbeelden';

/**
 * Delivery semantics of the consent broker's consumer (dynalite): every event 1 to 3 times, shuffled, some at the same
 * time, gives the staat, the decisions, the gemeente's view and the verwerkingenlog one in-order delivery gives. The
 * broker has no dedupe records (its writes are keyed: a replay changes nothing), so every duplicate reaches it. A
 * voortgang event before its aanmelding throws (TrajectOnbekend) and is delivered again later, as EventBridge retries.
 *
 * Compared modulo, and why:
 * - the log as a multiset: `seq`, `hash`, `vorigeHash` and the item's `sk` encode the order entries were appended in,
 *   which is the delivery order (each run's chain is checked whole and never going back in time instead); `id` and
 *   `poging` are fresh ULIDs; `staatVersie` and the staat's `versie` count writes (a lost race writes again);
 * - a decision's `gepland` is its log entry (the same, compared in the log); `uitgaand`/`uitstaand` are the outbox;
 * - the staat's `kop` (the chain head, i.e. the last entry appended) and `teLoggen` (entries written with the staat,
 *   not yet copied to their log items) are the chain's order again; the entries themselves are compared in the log.
 */
const GENEGEERD = new Set([
  'seq',
  'hash',
  'vorigeHash',
  'id',
  'poging',
  'staatVersie',
  'versie',
  'gepland',
  'uitgaand',
  'uitstaand',
  'uitstaandSinds',
  'kop',
  'teLoggen',
  // the decisions the chain holds, by the seq of their entry: the seqs follow the delivery order, like `seq`
  'verwerkt',
]);
const ORG = 'vluchtelingenwerk';
const klok = { now: () => new Date('2026-03-01T09:00:00.000Z') };

let o: TestOmgeving;
beforeAll(async () => {
  o = await startTestOmgeving({ tabellen: [toestemmingTabel] });
  gebruik(o, 'toestemming');
});
afterAll(() => o.stop());

const aanmelding = (ib: string) =>
  vastEvent(
    AanmeldingGeregistreerd,
    { id: `${ib}-aanmelding`, inburgeraarId: ib, gemeente: '0518', occurredAt: '2026-02-01T09:00:00.000Z' },
    { doelgroep: 'asielstatushouder', uitvoeringsorganisatie: ORG, koppelingsdatum: '2026-02-01' },
  );

function voortgang(contract: EventContract, ib: string, bronId: string, dag: string) {
  return vastEvent(
    contract,
    {
      id: `${ib}-${bronId}`,
      inburgeraarId: ib,
      gemeente: '0518',
      occurredAt: `${dag}T10:00:00.000Z`,
      actor: { org: ORG, rol: 'maatschappelijk-begeleider' },
    },
    voortgangData(contract, bronId, dag),
    contract.categorie,
  );
}

/** Items as compared; each log entry also keeps nothing of its place in the chain (see GENEGEERD). */
const normaliseer = (item: Record<string, unknown>) =>
  zonder(String(item.sk).startsWith('log#') ? { ...item, sk: 'log' } : item, GENEGEERD);

describe('toestemming consumer: each event 1 to 3 times, shuffled', () => {
  it('ends in the staat, view and verwerkingenlog of one in-order delivery; each chain intact, nothing dead-lettered', async () => {
    // Arrange: A is known to the broker with a consent for the gemeente and one for a role; B is not known yet
    const tabel = o.tabel('toestemming');
    const client = o.dynamo.client;
    const deps: BrokerDeps = { ...defaultDeps()(), clock: klok };
    const consumer = createConsumer(deps);
    await consumer(aanmelding('ib-a'));
    const gever = { relatie: 'inburgeraar' as const, sub: 'ib-a' };
    const meta = { actor: { rol: 'inburgeraar' as const, sub: 'ib-a' }, correlationId: 'c-lev' };
    for (const extra of [{}, { ontvanger: { gemeente: '0518', rol: 'inburgeringsconsulent' } }]) {
      const t = await geefToestemming(
        deps,
        'ib-a',
        body(extra) as never,
        gever,
        meta,
        `t-${Object.keys(extra).length}`,
      );
      if (t instanceof Regelfout) throw new Error(`grant refused: ${t.slug}`);
    }
    const opgezet = await bewaarTabel(client, tabel);
    const events = [
      aanmelding('ib-a'),
      voortgang(MeetmomentVastgelegd, 'ib-a', 'm1', '2026-03-02'),
      voortgang(MeetmomentVastgelegd, 'ib-a', 'm2', '2026-03-05'),
      voortgang(ContactmomentVastgelegd, 'ib-a', 'c1', '2026-03-03'),
      voortgang(VoortgangsrapportageOpgesteld, 'ib-a', 'r1', '2026-03-04'),
      voortgang(TrajectFaseGewijzigd, 'ib-a', 'f1', '2026-03-06'),
      voortgang(TrajectAfgerond, 'ib-a', 'e1', '2026-03-20'),
      voortgang(MeetmomentVastgelegd, 'ib-b', 'm3', '2026-03-02'),
      voortgang(TrajectFaseGewijzigd, 'ib-b', 'f2', '2026-03-06'),
      aanmelding('ib-b'),
    ];
    const toestand = () => toestandVan(client, tabel, normaliseer);
    const ketens = () => Promise.all(['ib-a', 'ib-b'].map((ib) => deps.store.leesLog(ib)));
    const klopt = (log: LogEntry[]) =>
      ketenGeldig(log) && log.every((e, i) => i === 0 || (log[i - 1] as LogEntry).tijdstip <= e.tijdstip);
    const referentie = await leverVolgens(consumer, events, inVolgorde(events.length), { client, tabel });
    const verwacht = await toestand();
    expect(referentie.doodGegaan).toEqual([]);
    expect(verwacht.join()).toContain('"actie":"gedeeld"');
    expect(verwacht.join()).toContain('"actie":"geweigerd"');
    // Act / Assert: each plan from the arranged table
    let herhaald = 0;
    await fc.assert(
      fc.asyncProperty(leverPlannen(events.length), async (plan) => {
        await herstelTabel(client, tabel, opgezet);
        const uitkomst = await leverVolgens(consumer, events, plan, { client, tabel });
        herhaald += uitkomst.herhaald;
        expect(uitkomst.doodGegaan).toEqual([]);
        expect(await toestand()).toEqual(verwacht);
        for (const log of await ketens()) expect(klopt(log)).toBe(true);
      }),
      leverInstellingen(12),
    );
    // B's events before B's aanmelding threw and were delivered again (the retry was exercised)
    expect(herhaald).toBeGreaterThan(0);
  });
});
