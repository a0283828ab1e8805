import { ContactmomentenVastgelegd, VoortgangGedeeld } from '@wegwijs/contracts';
import { createPublisher, relayItem } from '@wegwijs/lambda-kit';
import { type Fout, gebruikStoringen, opSk, roep, type Storing } from '@wegwijs/test-helpers';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoBrokerStore } from '../src/adapters/dynamo-store';
import { keys } from '../src/adapters/keys';
import { BESLISSINGEN_PER_SCHRIJF, verwerkBatch } from '../src/app/batch';
import type { BrokerDeps } from '../src/app/deps';
import { ketenGeldig } from '../src/domain/keten';
import { naarFeiten } from '../src/domain/voortgang';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { type BrokerOmgeving, body, brokerOmgeving, ROUTES } from './support/omgeving';
import { envelope } from './support/voorbeelden';

// Fault injection (aws-sdk-client-mock) on the broker's batch path (a migration's ContactmomentenVastgelegd): the
// batch is decided in parts of BESLISSINGEN_PER_SCHRIJF, one conditional write of the staat item each. A fault half-way
// (on the second of three writes, half-way through the claims, the log copies or the releases), then the event is
// delivered again (as EventBridge / the FIFO queue does after a failed delivery) and the relay runs: every item
// decided exactly once, its entry in a valid chain, its VoortgangGedeeld published, its content in the gemeente's view.

const AANTAL = 3 * BESLISSINGEN_PER_SCHRIJF;
let o: BrokerOmgeving;
let deps: () => BrokerDeps;
let tabel: string;
let teller = 0;

beforeAll(async () => {
  o = await brokerOmgeving();
  tabel = o.omgeving.tabel('toestemming');
});
afterAll(() => o.omgeving.stop());
const storingen = gebruikStoringen(() => o.omgeving.dynamo.endpoint);
const { dynamo, bus } = storingen;
beforeAll(() => {
  deps = defaultDeps({
    store: dynamoBrokerStore(storingen.dynamo().client, tabel),
    publisher: createPublisher({ busName: o.omgeving.bus.busName, client: storingen.bus().client }),
    wacht: async () => undefined,
  });
});

/** A migration's batch of AANTAL contactmomenten of the assigned organisation, as the broker's consumer gets it. */
function batch(ib: string) {
  const ids = Array.from({ length: AANTAL }, (_, i) => `cm-${ib}-${String(i).padStart(3, '0')}`);
  const env = envelope(
    ContactmomentenVastgelegd,
    {
      id: ulid(),
      occurredAt: new Date().toISOString(),
      gemeente: '0518',
      inburgeraarId: ib,
      actor: { org: 'vluchtelingenwerk', rol: 'maatschappelijk-begeleider' },
      correlationId: `c-${ib}`,
    },
    {
      contactmomenten: ids.map((contactmomentId) => ({
        contactmomentId,
        datum: '2026-02-01',
        vorm: 'telefoon',
        duurMinuten: 20,
      })),
      deel: { nummer: 1, van: 1 },
    },
  );
  return { ids, feiten: naarFeiten(ContactmomentenVastgelegd, env) };
}

/** A fault before the write (never stored), after it (stored, the caller sees a fault) and a lost condition. */
const STAAT_STORINGEN: [Fout, 'voor' | 'na'][] = [
  ['5xx', 'voor'],
  ['timeout', 'voor'],
  ['timeout', 'na'],
  ['conditie', 'na'],
];
const staatItem = (input: Record<string, unknown>) => opSk('staat')(input);
const HALF = AANTAL / 2;

describe('a batch of 300 meets a fault half-way, then is delivered again', () => {
  const gevallen: [string, Storing][] = [
    ...STAAT_STORINGEN.map(([fout, moment]): [string, Storing] => [
      `${fout} ${moment} the second of three writes of the staat`,
      { commando: 'PutItem', als: staatItem, fout, moment, n: 2 },
    ]),
    [
      'a timeout on the 150th claim',
      { commando: 'PutItem', als: opSk('view#'), fout: 'timeout', moment: 'voor', n: HALF },
    ],
    [
      'a 5xx on the 150th copy of a log entry',
      { commando: 'PutItem', als: opSk('log#'), fout: '5xx', moment: 'voor', n: HALF },
    ],
    [
      'throttling after the 150th release',
      { commando: 'UpdateItem', als: opSk('view#'), fout: 'throttling', moment: 'na', n: HALF },
    ],
  ];

  it.each(gevallen)('%s: each item decided once, logged, announced and released', async (_naam, storing) => {
    // Arrange: a person who consents to contactmomenten for the gemeente
    const ib = `ib-bs-${++teller}-${ulid().slice(-6)}`;
    await o.aanmelden(ib);
    const gegeven = await roep(createHttpHandler(deps), {
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: ib },
      body: body({ categorieen: ['contactmomenten'] }),
      token: await o.token({ sub: ib, rol: 'inburgeraar' }),
    });
    expect(gegeven.status).toBe(201);
    const { ids, feiten } = batch(ib);
    dynamo().faal(storing);
    // Act: the delivery meets the fault; the event comes again after recovery (twice, as a retry may); the relay runs
    const eerste = await verwerkBatch(deps(), feiten).then(
      () => 'klaar',
      (e: unknown) => (e instanceof Error ? e.name : 'fout'),
    );
    dynamo().herstel();
    await verwerkBatch(deps(), feiten);
    await verwerkBatch(deps(), feiten);
    await relayItem({ client: o.omgeving.dynamo.client, tabel, publisher: deps().publisher }, keys.staat(ib));
    // Assert
    expect(dynamo().gefaald(), `first delivery: ${eerste}`).toHaveLength(1);
    const log = (await deps().store.leesLog(ib)).sort((a, b) => a.seq - b.seq);
    expect(ketenGeldig(log)).toBe(true);
    const gedeeld = log.filter((e) => e.actie === 'gedeeld' && e.categorie === 'contactmomenten');
    expect(gedeeld.map((e) => e.bronId).sort()).toEqual(ids);
    expect(log.filter((e) => e.actie === 'geweigerd')).toEqual([]);
    const aangekondigd = bus()
      .geaccepteerd()
      .filter((e) => e.detailType === VoortgangGedeeld.detailType && e.detail.meta.inburgeraarId === ib)
      .map((e) => e.detail as { meta: { id: string }; data: { bronId: string } });
    expect([...new Set(aangekondigd.map((e) => e.data.bronId))].sort()).toEqual(ids);
    // one event per decision: a republication carries the same meta.id, never a second decision's event
    expect(new Set(aangekondigd.map((e) => e.meta.id)).size).toBe(AANTAL);
    const delingen = await deps().store.delingen(ib);
    expect(
      delingen
        .filter((d) => d.status === 'gedeeld')
        .map((d) => d.bronId)
        .sort(),
    ).toEqual(ids);
  });
});
