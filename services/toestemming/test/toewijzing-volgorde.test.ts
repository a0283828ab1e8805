import {
  AanmeldingGeregistreerd,
  type EventContract,
  MeetmomentVastgelegd,
  TrajectFaseGewijzigd,
  UitvoeringsorganisatieGewijzigd,
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
import { ToewijzingOnbekend } from '../src/app/deps';
import { geefToestemming } from '../src/app/toestemmingen';
import { Regelfout } from '../src/domain/toestemming';
import { WACHTTIJD_TOEWIJZING_MS } from '../src/domain/toewijzing';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { toestemmingTabel } from '../src/tabel';
import { body } from './support/omgeving';
import { voortgangData } from './support/voorbeelden';

/**
 * The assignment changes while voortgang is under way (issue: the broker refused the newly assigned organisation when
 * its event came before UitvoeringsorganisatieGewijzigd). Every event 1 to 3 times, shuffled, some at the same time:
 * each voortgang event is decided against the organisation assigned at its occurredAt, so every plan ends in the state
 * of the delivery in occurredAt order. Compared modulo what encodes the order of writes (see levering.test.ts).
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
const IB = 'ib-wissel';
const OUD = 'vluchtelingenwerk';
const NIEUW = 'gro-up';
const DAG = '2026-03-12';
const om = (tijd: string) => `${DAG}T${tijd}.000Z`;
/** The broker's clock: seconds after the events (a delivery, a retry), not days. */
const klok = { now: () => new Date(om('10:00:20')) };
const grantKlok = { now: () => new Date(om('09:10:00')) };

let o: TestOmgeving;
beforeAll(async () => {
  o = await startTestOmgeving({ tabellen: [toestemmingTabel] });
  gebruik(o, 'toestemming');
});
afterAll(() => o.stop());

const aanmelding = vastEvent(
  AanmeldingGeregistreerd,
  { id: 'aanmelding', inburgeraarId: IB, gemeente: '0518', occurredAt: om('09:00:00') },
  { doelgroep: 'asielstatushouder', uitvoeringsorganisatie: OUD, koppelingsdatum: DAG },
);
const wissel = vastEvent(
  UitvoeringsorganisatieGewijzigd,
  { id: 'wissel', inburgeraarId: IB, gemeente: '0518', occurredAt: om('10:00:00') },
  { van: OUD, naar: NIEUW, datum: DAG },
);

function voortgang(contract: EventContract, bronId: string, org: string, tijd: string) {
  return vastEvent(
    contract,
    {
      id: bronId,
      inburgeraarId: IB,
      gemeente: '0518',
      occurredAt: om(tijd),
      actor: { org, rol: 'maatschappelijk-begeleider' },
    },
    voortgangData(contract, bronId, DAG),
    contract.categorie,
  );
}

const normaliseer = (item: Record<string, unknown>) =>
  zonder(String(item.sk).startsWith('log#') ? { ...item, sk: 'log' } : item, GENEGEERD);

describe('toestemming consumer: a change of uitvoeringsorganisatie in any delivery order', () => {
  it('decides each voortgang event against the organisation assigned at its occurredAt; nothing dead-lettered', async () => {
    // Arrange: the inburgeraar is known with a consent given under the first organisation
    const tabel = o.tabel('toestemming');
    const client = o.dynamo.client;
    const deps: BrokerDeps = { ...defaultDeps()(), clock: klok };
    const consumer = createConsumer(deps);
    await consumer(structuredClone(aanmelding));
    const t = await geefToestemming(
      { ...deps, clock: grantKlok },
      IB,
      body() as never,
      { relatie: 'inburgeraar', sub: IB },
      { actor: { rol: 'inburgeraar', sub: IB }, correlationId: 'c-wissel' },
      't-wissel',
    );
    if (t instanceof Regelfout) throw new Error(`grant refused: ${t.slug}`);
    const opgezet = await bewaarTabel(client, tabel);
    const events = [
      aanmelding,
      voortgang(TrajectFaseGewijzigd, 'f-oud', OUD, '09:30:00'),
      voortgang(MeetmomentVastgelegd, 'm-oud', OUD, '09:40:00'),
      wissel,
      voortgang(TrajectFaseGewijzigd, 'f-nieuw', NIEUW, '10:00:05'),
      voortgang(MeetmomentVastgelegd, 'm-nieuw', NIEUW, '10:00:10'),
    ];
    const toestand = () => toestandVan(client, tabel, normaliseer);
    const referentie = await leverVolgens(consumer, events, inVolgorde(events.length), { client, tabel });
    const verwacht = await toestand();
    const log = await deps.store.leesLog(IB);
    const besluit = (bronId: string) =>
      log.filter((e) => e.bronId === bronId).map((e) => ({ actie: e.actie, van: e.van, reden: e.reden }));
    expect(referentie.doodGegaan).toEqual([]);
    expect(besluit('f-oud')).toEqual([{ actie: 'gedeeld', van: OUD, reden: 'wettelijke-taak' }]);
    expect(besluit('m-oud')).toEqual([{ actie: 'gedeeld', van: OUD, reden: 'toestemming' }]);
    expect(besluit('f-nieuw')).toEqual([{ actie: 'gedeeld', van: NIEUW, reden: 'wettelijke-taak' }]);
    // the consent was given under the first organisation: it is not in force for the new one
    expect(besluit('m-nieuw')).toEqual([{ actie: 'geweigerd', van: NIEUW, reden: 'toestemming-niet-geldig' }]);
    // Act / Assert: each plan from the arranged table
    let herhaald = 0;
    await fc.assert(
      fc.asyncProperty(leverPlannen(events.length), async (plan) => {
        await herstelTabel(client, tabel, opgezet);
        const uitkomst = await leverVolgens(consumer, events, plan, { client, tabel });
        herhaald += uitkomst.herhaald;
        expect(uitkomst.doodGegaan).toEqual([]);
        expect(await toestand()).toEqual(verwacht);
      }),
      leverInstellingen(12),
    );
    // the new organisation's events before the change waited and were delivered again
    expect(herhaald).toBeGreaterThan(0);
  });

  it('refuses and logs a sender no change explains once the wait is over; before that the event is retried', async () => {
    // Arrange: only the aanmelding is known; an organisation that was never assigned sends a fase change
    const ib = 'ib-vreemd';
    const deps: BrokerDeps = defaultDeps()();
    const na = (ms: number) => ({ now: () => new Date(Date.parse(om('10:00:00')) + ms) });
    await createConsumer(deps)({ ...structuredClone(aanmelding), detail: metIb(aanmelding.detail, ib) });
    const vreemd = voortgang(TrajectFaseGewijzigd, 'f-vreemd', 'inova', '10:00:00');
    const levering = () => ({ ...structuredClone(vreemd), detail: metIb(vreemd.detail, ib) });
    // Act
    const binnen = createConsumer({ ...deps, clock: na(WACHTTIJD_TOEWIJZING_MS - 1) })(levering());
    await expect(binnen).rejects.toBeInstanceOf(ToewijzingOnbekend);
    const nietsGelogd = await deps.store.leesLog(ib);
    await createConsumer({ ...deps, clock: na(WACHTTIJD_TOEWIJZING_MS) })(levering());
    // Assert
    expect(nietsGelogd).toEqual([]);
    expect((await deps.store.leesLog(ib)).map((e) => ({ actie: e.actie, van: e.van, reden: e.reden }))).toEqual([
      { actie: 'geweigerd', van: 'inova', reden: 'afzender-niet-toegewezen' },
    ]);
  });
});

/** The same event about another inburgeraar (a fresh partition of the table). */
function metIb(detail: unknown, inburgeraarId: string) {
  const d = detail as { meta: Record<string, unknown>; data: unknown };
  return { ...d, meta: { ...d.meta, inburgeraarId, id: `${String(d.meta.id)}-${inburgeraarId}` } };
}
