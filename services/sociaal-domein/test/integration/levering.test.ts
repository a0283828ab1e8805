import { AanmeldingGeregistreerd, UitvoeringsorganisatieGewijzigd } from '@wegwijs/contracts';
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
import { createConsumer } from '../../src/handlers/consumer';
import { defaultDeps } from '../../src/handlers/deps';
import { sociaalDomeinTabel } from '../../src/tabel';

/**
 * Delivery semantics of sociaal-domein's consumer (its dossier projection: the assigned organisation), on dynalite: every event 1 to 3 times, shuffled,
 * some at the same time, some after a lost dedupe record, gives the state one in-order delivery gives. Left out of the
 * comparison, and why: `versie` (the optimistic-concurrency counter counts writes, and a delivery that lost the race
 * writes again), `uitgaand`/`uitstaand` (the outbox: empty once published).
 */
const GENEGEERD = new Set(['versie', 'uitgaand', 'uitstaand']);

let o: TestOmgeving;
beforeAll(async () => {
  o = await startTestOmgeving({ tabellen: [sociaalDomeinTabel] });
  gebruik(o, 'sociaal-domein');
});
afterAll(() => o.stop());

function dossierEvents(ib: string, gemeente: string) {
  const meta = (soort: string, occurredAt: string) => ({
    id: `${ib}-${soort}`,
    inburgeraarId: ib,
    gemeente,
    occurredAt,
  });
  return [
    vastEvent(AanmeldingGeregistreerd, meta('aanmelding', '2026-01-10T09:00:00.000Z'), {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: 'vluchtelingenwerk',
      koppelingsdatum: '2026-01-10',
    }),
    vastEvent(UitvoeringsorganisatieGewijzigd, meta('org1', '2026-02-01T09:00:00.000Z'), {
      van: 'vluchtelingenwerk',
      naar: 'humanitas',
      datum: '2026-02-01',
    }),
    vastEvent(UitvoeringsorganisatieGewijzigd, meta('org2', '2026-02-10T09:00:00.000Z'), {
      van: 'humanitas',
      naar: 'inova',
      datum: '2026-02-10',
    }),
  ];
}

describe('sociaal-domein consumer: each event 1 to 3 times, shuffled', () => {
  it('ends in the dossiers of one in-order delivery, nothing dead-lettered', async () => {
    const tabel = o.tabel('sociaal-domein');
    const client = o.dynamo.client;
    const consumer = createConsumer(defaultDeps());
    const events = [...dossierEvents('ib-sd-1', '0518'), ...dossierEvents('ib-sd-2', '0363').slice(0, 2)];
    const toestand = () => toestandVan(client, tabel, (i) => zonder(i, GENEGEERD));
    await leegTabel(client, tabel);
    const referentie = await leverVolgens(consumer, events, inVolgorde(events.length), { client, tabel });
    const verwacht = await toestand();
    expect(referentie.doodGegaan).toEqual([]);
    expect(verwacht.join()).toContain('inova');
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
