import { VoortgangGedeeld } from '@wegwijs/contracts';
import {
  bewaarTabel,
  herstelTabel,
  inVolgorde,
  leverInstellingen,
  leverPlannen,
  leverVolgens,
  toestandVan,
  vastEvent,
  zonder,
} from '@wegwijs/test-helpers';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { klok, type Opzet, zetOp } from './support';

/**
 * Delivery semantics of aanmelding's consumer (the trajectstatus projection from VoortgangGedeeld), on dynalite: every
 * event 1 to 3 times, shuffled, some at the same time, some after a lost dedupe record, gives the state one in-order
 * delivery gives. Left out of the comparison, and why: `versie` (the optimistic-concurrency counter counts writes, and
 * a delivery that lost the race writes again), `uitgaand`/`uitstaand` (the outbox: empty once published).
 */
const GENEGEERD = new Set(['versie', 'uitgaand', 'uitstaand']);

let o: Opzet;
beforeAll(async () => {
  o = await zetOp();
});
afterAll(() => o.omgeving.stop());

function gedeeld(ib: string, n: number, occurredAt: string, data: Record<string, unknown>) {
  return vastEvent(
    VoortgangGedeeld,
    {
      id: `${ib}-g${n}`,
      inburgeraarId: ib,
      gemeente: '0518',
      occurredAt,
      actor: { rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk' },
    },
    {
      bronId: `bron-${ib}-${n}`,
      bronDetailType: 'TrajectFaseGewijzigd.v1',
      ontvanger: { gemeente: '0518' },
      grondslag: 'wettelijke-taak',
      ...data,
    },
  );
}

describe('aanmelding consumer: each VoortgangGedeeld 1 to 3 times, shuffled', () => {
  it('ends in the projection of one in-order delivery, nothing dead-lettered', async () => {
    // Arrange: two inburgeraars, and the shares of their traject over time (fase, verlenging, afgerond)
    const [a, b] = [await o.meldAan('0518'), await o.meldAan('0518')];
    const fase = (fase: string, extra = {}) => ({ categorie: 'trajectstatus', trajectstatus: { fase, ...extra } });
    const events = [
      gedeeld(a, 1, '2026-03-11T10:00:00.000Z', fase('opstartfase', { startdatum: '2026-03-10' })),
      gedeeld(a, 2, '2026-04-01T10:00:00.000Z', fase('begeleidingsfase', { einddatum: '2027-03-10' })),
      gedeeld(a, 3, '2026-05-01T10:00:00.000Z', {
        categorie: 'trajectstatus',
        verlenging: { einddatum: '2027-09-10', verlengingen: 1 },
      }),
      gedeeld(a, 4, '2027-09-10T10:00:00.000Z', fase('afgerond')),
      gedeeld(b, 1, '2026-03-12T10:00:00.000Z', fase('opstartfase', { startdatum: '2026-03-12' })),
      gedeeld(b, 2, '2026-04-02T10:00:00.000Z', { categorie: 'zelfredzaamheid' }),
    ];
    const tabel = o.omgeving.tabel('aanmelding');
    const client = o.omgeving.dynamo.client;
    const opgezet = await bewaarTabel(client, tabel);
    const consumer = createConsumer(defaultDeps({ clock: klok }));
    const toestand = () => toestandVan(client, tabel, (i) => zonder(i, GENEGEERD));
    const referentie = await leverVolgens(consumer, events, inVolgorde(events.length), { client, tabel });
    const verwacht = await toestand();
    expect(referentie.doodGegaan).toEqual([]);
    expect(verwacht.join()).toContain('afgerond');
    // Act / Assert: each plan from the arranged table
    await fc.assert(
      fc.asyncProperty(leverPlannen(events.length), async (plan) => {
        await herstelTabel(client, tabel, opgezet);
        const uitkomst = await leverVolgens(consumer, events, plan, { client, tabel });
        expect(uitkomst.doodGegaan).toEqual([]);
        expect(await toestand()).toEqual(verwacht);
      }),
      leverInstellingen(15),
    );
  });
});
