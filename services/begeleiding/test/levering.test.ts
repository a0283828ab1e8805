import {
  AanmeldingGeregistreerd,
  BrpIngeschreven,
  OpstartfaseAfgerond,
  RegeldagGepland,
  UitvoeringsorganisatieGewijzigd,
  WoningToegewezen,
} from '@wegwijs/contracts';
import {
  gebruik,
  inVolgorde,
  leegTabel,
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
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { begeleidingTabel } from '../src/tabel';

/**
 * Delivery semantics of begeleiding's consumer (dynalite): every event 1 to 3 times, shuffled, some at the same time,
 * some after a lost dedupe record, gives the traject state one in-order delivery gives.
 * Left out of the comparison, and why: `versie` (the optimistic-concurrency counter counts writes, and a delivery that
 * lost the race writes again), `uitgaand`/`uitstaand` (the outbox: empty once published; its event ids are fresh ULIDs).
 */
const GENEGEERD = new Set(['versie', 'uitgaand', 'uitstaand']);
const klok = { now: () => new Date('2025-05-01T10:00:00.000Z') };

let o: TestOmgeving;
beforeAll(async () => {
  o = await startTestOmgeving({ tabellen: [begeleidingTabel] });
  gebruik(o, 'begeleiding');
});
afterAll(() => o.stop());

function eventsVoor(ib: string, n: number) {
  const meta = (soort: string, occurredAt: string) => ({
    id: `${ib}-${soort}`,
    inburgeraarId: ib,
    gemeente: '0518',
    occurredAt,
  });
  return [
    vastEvent(AanmeldingGeregistreerd, meta('aanmelding', '2025-01-10T09:00:00.000Z'), {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
      koppelingsdatum: '2025-01-10',
    }),
    vastEvent(WoningToegewezen, meta('woning', '2025-04-01T09:00:00.000Z'), { datum: '2025-04-01' }),
    vastEvent(BrpIngeschreven, meta('brp', '2025-04-02T09:00:00.000Z'), { datum: '2025-04-02' }),
    vastEvent(RegeldagGepland, meta('regeldag', '2025-04-03T09:00:00.000Z'), { regeldagId: 'r1', datum: '2025-04-08' }),
    vastEvent(OpstartfaseAfgerond, meta('opstart', '2025-04-28T09:00:00.000Z'), {
      regeldagId: 'r1',
      datum: '2025-04-28',
    }),
    vastEvent(UitvoeringsorganisatieGewijzigd, meta('org1', '2025-04-10T09:00:00.000Z'), {
      van: 'vluchtelingenwerk',
      naar: 'humanitas',
      datum: '2025-04-10',
    }),
    vastEvent(UitvoeringsorganisatieGewijzigd, meta('org2', '2025-04-20T09:00:00.000Z'), {
      van: 'humanitas',
      naar: 'inova',
      datum: '2025-04-20',
    }),
  ].slice(0, n);
}

describe('begeleiding consumer: each event 1 to 3 times, shuffled', () => {
  it('ends in the state of one in-order delivery, nothing dead-lettered', async () => {
    const tabel = o.tabel('begeleiding');
    const client = o.dynamo.client;
    const consumer = createConsumer(defaultDeps({ clock: klok }));
    const events = [...eventsVoor('ib-lev-1', 7), ...eventsVoor('ib-lev-2', 4)];
    const toestand = () => toestandVan(client, tabel, (i) => zonder(i, GENEGEERD));
    await leegTabel(client, tabel);
    const referentie = await leverVolgens(consumer, events, inVolgorde(events.length), { client, tabel });
    const verwacht = await toestand();
    expect(referentie.doodGegaan).toEqual([]);
    expect(verwacht.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(leverPlannen(events.length), async (plan) => {
        await leegTabel(client, tabel);
        const uitkomst = await leverVolgens(consumer, events, plan, { client, tabel });
        expect(uitkomst.doodGegaan).toEqual([]);
        expect(await toestand()).toEqual(verwacht);
      }),
      leverInstellingen(15),
    );
  });
});
