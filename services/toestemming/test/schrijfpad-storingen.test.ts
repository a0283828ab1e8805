import { MeetmomentVastgelegd } from '@wegwijs/contracts';
import { createPublisher, relayItem } from '@wegwijs/lambda-kit';
import { type Fout, gebruikStoringen, opSk, roep, type Storing } from '@wegwijs/test-helpers';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamoBrokerStore } from '../src/adapters/dynamo-store';
import { keys } from '../src/adapters/keys';
import type { BrokerDeps } from '../src/app/deps';
import { verwerkVoortgang } from '../src/app/voortgang';
import { naarFeit } from '../src/domain/voortgang';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { type BrokerOmgeving, body, brokerOmgeving, ROUTES } from './support/omgeving';
import { envelope, voortgangData } from './support/voorbeelden';

// Fault injection (aws-sdk-client-mock) on the broker's one write path: DynamoDB throttling, 5xx, timeouts and lost
// conditions, before and after the request is done, on each request of the path; PutEvents with failed entries.
// After recovery (a retry with the same Idempotency-Key, a redelivery of the event, the relay): 0 events lost, 0
// shares without their log entry, 0 acknowledged requests missing.

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

/** A meetmoment of the assigned organisation, as the broker's consumer gets it. */
const meetmoment = (ib: string, bronId: string, correlationId: string) =>
  naarFeit(
    MeetmomentVastgelegd,
    envelope(
      MeetmomentVastgelegd,
      {
        id: ulid(),
        occurredAt: new Date().toISOString(),
        gemeente: '0518',
        inburgeraarId: ib,
        actor: { org: 'vluchtelingenwerk', rol: 'maatschappelijk-begeleider' },
        correlationId,
      },
      voortgangData(MeetmomentVastgelegd, bronId, '2026-04-01'),
    ),
  );

const FOUTEN: Fout[] = ['throttling', '5xx', 'timeout', 'conditie'];
const MOMENTEN = ['voor', 'na'] as const;
const staatItem = (input: Record<string, unknown>) => opSk('staat')(input);

/** Runs the relay over the inburgeraar's staat item with the (recovered) bus: what stayed pending is published. */
const relay = (ib: string) =>
  relayItem({ client: o.omgeving.dynamo.client, tabel, publisher: deps().publisher }, keys.staat(ib));

/** The events the bus accepted for an inburgeraar, by detail-type. */
const geaccepteerd = (ib: string, detailType: string) =>
  bus()
    .geaccepteerd()
    .filter((e) => e.detailType === detailType && e.detail.meta.inburgeraarId === ib)
    .map((e) => e.detail as { meta: { id: string }; data: Record<string, unknown> });

async function nieuweInburgeraar() {
  const ib = `ib-st-${++teller}-${ulid().slice(-6)}`;
  await o.aanmelden(ib);
  return { ib, token: await o.token({ sub: ib, rol: 'inburgeraar' }) };
}

const log = async (ib: string) => (await deps().store.leesLog(ib)).sort((a, b) => a.seq - b.seq);

describe('a consent grant meets a fault on its one write', () => {
  const gevallen: [string, Storing][] = [
    ...FOUTEN.flatMap((fout) =>
      MOMENTEN.map((moment): [string, Storing] => [
        `${fout} ${moment} the staat write`,
        { commando: 'PutItem', als: staatItem, fout, moment },
      ]),
    ),
    ['a timeout on copying the log entry', { commando: 'PutItem', als: opSk('log#'), fout: 'timeout', moment: 'voor' }],
    ['a 5xx on marking it done', { commando: 'UpdateItem', als: staatItem, fout: '5xx', moment: 'voor' }],
  ];

  it.each(gevallen)('%s: one consent, one log entry, its event; every 2xx stored', async (_naam, storing) => {
    // Arrange
    const { ib, token } = await nieuweInburgeraar();
    const http = createHttpHandler(deps);
    const verzoek = {
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: ib },
      body: body(),
      token,
      headers: { 'idempotency-key': `grant-${ib}` },
    };
    dynamo().faal(storing);
    // Act: the request, then (after recovery) its retry with the same key, then the relay
    const eerste = await roep(http, verzoek);
    dynamo().herstel();
    const tweede = await roep(http, verzoek);
    await relay(ib);
    // Assert
    expect(dynamo().gefaald()).toHaveLength(1);
    expect([201, 500]).toContain(eerste.status);
    expect(tweede.status).toBe(201);
    const staat = (await deps().store.lees(ib)).staat;
    expect(staat?.toestemmingen.map((t) => t.toestemmingId)).toEqual([tweede.body.toestemmingId]);
    if (eerste.status === 201) expect(eerste.body.toestemmingId).toBe(tweede.body.toestemmingId);
    const entries = await log(ib);
    expect(entries.filter((e) => e.actie === 'toestemming-gegeven').map((e) => e.toestemmingId)).toEqual([
      tweede.body.toestemmingId,
    ]);
    const events = geaccepteerd(ib, 'ToestemmingGegeven.v1');
    expect(new Set(events.map((e) => e.data.toestemmingId))).toEqual(new Set([tweede.body.toestemmingId]));
    expect(new Set(events.map((e) => e.meta.id)).size).toBe(1);
  });

  it('a request that dies right after its write and is never retried: the consent has its log entry and its event', async () => {
    // Arrange: the write is done, then the function dies (seen as a timeout); nobody sends the request again
    const { ib, token } = await nieuweInburgeraar();
    const http = createHttpHandler(deps);
    dynamo().faal({ commando: 'PutItem', als: staatItem, fout: 'timeout', moment: 'na' });
    // Act
    const res = await roep(http, {
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: ib },
      body: body(),
      token,
    });
    dynamo().herstel();
    await relay(ib);
    // Assert: whatever was stored is logged and announced: there is no window between them
    expect(res.status).toBe(500);
    const [toestemming] = (await deps().store.lees(ib)).staat?.toestemmingen ?? [];
    expect(toestemming).toBeDefined();
    const entries = await log(ib);
    expect(entries.filter((e) => e.actie === 'toestemming-gegeven').map((e) => e.toestemmingId)).toEqual([
      toestemming?.toestemmingId,
    ]);
    expect(geaccepteerd(ib, 'ToestemmingGegeven.v1').map((e) => e.data.toestemmingId)).toEqual([
      toestemming?.toestemmingId,
    ]);
  });

  it('a failed PutEvents entry: 201, the event stays in the outbox and the relay publishes it once', async () => {
    // Arrange
    const { ib, token } = await nieuweInburgeraar();
    const http = createHttpHandler(deps);
    bus().faal();
    // Act
    const res = await roep(http, {
      method: 'POST',
      routePath: ROUTES.toestemmingen,
      params: { id: ib },
      body: body(),
      token,
    });
    const voorRelay = geaccepteerd(ib, 'ToestemmingGegeven.v1').length;
    bus().herstel();
    const gepubliceerd = await relay(ib);
    const nogmaals = await relay(ib);
    // Assert
    expect(res.status).toBe(201);
    expect(voorRelay).toBe(0);
    // ToestemmingGegeven and the RegietellingenBijgewerkt (gegeven per categorie) of the same write
    expect(gepubliceerd).toBe(2);
    expect(nogmaals).toBe(0);
    expect(geaccepteerd(ib, 'ToestemmingGegeven.v1').map((e) => e.data.toestemmingId)).toEqual([
      res.body.toestemmingId,
    ]);
  });
});

describe('a share decision meets a fault on its path', () => {
  const gevallen: [string, Storing][] = [
    ...FOUTEN.flatMap((fout) =>
      MOMENTEN.map((moment): [string, Storing] => [
        `${fout} ${moment} the write of staat, log entry and event`,
        { commando: 'PutItem', als: staatItem, fout, moment },
      ]),
    ),
    ...FOUTEN.filter((f) => f !== 'conditie').flatMap((fout) => [
      [`${fout} on the claim`, { commando: 'PutItem', als: opSk('view#'), fout, moment: 'voor' }] as [string, Storing],
      [`${fout} after the release`, { commando: 'UpdateItem', als: opSk('view#'), fout, moment: 'na' }] as [
        string,
        Storing,
      ],
      [`${fout} on the read`, { commando: 'Query', fout, moment: 'voor' }] as [string, Storing],
    ]),
    ['a timeout on copying the log entry', { commando: 'PutItem', als: opSk('log#'), fout: 'timeout', moment: 'voor' }],
  ];

  it.each(gevallen)('%s: after a redelivery, shared once, logged, announced', async (_naam, storing) => {
    // Arrange: a consent for zelfredzaamheid, then a meetmoment of the assigned organisation
    const { ib, token } = await nieuweInburgeraar();
    await o.roep({ method: 'POST', routePath: ROUTES.toestemmingen, params: { id: ib }, body: body(), token });
    const bronId = `m-${ib}`;
    const feit = meetmoment(ib, bronId, 'c-storing');
    dynamo().faal(storing);
    // Act: the delivery (it may throw: then EventBridge delivers again), the redelivery, the relay
    const eerste = await verwerkVoortgang(deps(), feit).then(
      () => 'verwerkt',
      () => 'mislukt',
    );
    dynamo().herstel();
    await verwerkVoortgang(deps(), feit);
    await relay(ib);
    // Assert: the fault fired; the view holds the share once, and only with its log entry and its event
    expect(dynamo().gefaald()).toHaveLength(1);
    expect(['verwerkt', 'mislukt']).toContain(eerste);
    const delingen = (await deps().store.delingen(ib)).filter((d) => d.bronId === bronId);
    expect(delingen.map((d) => d.status)).toEqual(['gedeeld']);
    const entries = await log(ib);
    for (const d of delingen) {
      expect(
        entries.filter((e) => e.actie === 'gedeeld' && e.sleutel === d.sleutel && e.poging === d.poging),
      ).toHaveLength(1);
    }
    expect(entries.filter((e) => e.bronId === bronId).map((e) => e.actie)).toEqual(['gedeeld']);
    const events = geaccepteerd(ib, 'VoortgangGedeeld.v1').filter((e) => e.data.bronId === bronId);
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(new Set(events.map((e) => e.meta.id)).size).toBe(1);
    const { kop } = await deps().store.lees(ib);
    expect(kop?.seq).toBe(entries.at(-1)?.seq);
  });

  it('a failed PutEvents entry: shared and logged; the relay publishes the VoortgangGedeeld once', async () => {
    // Arrange
    const { ib, token } = await nieuweInburgeraar();
    await o.roep({ method: 'POST', routePath: ROUTES.toestemmingen, params: { id: ib }, body: body(), token });
    const bronId = `m-${ib}`;
    const feit = meetmoment(ib, bronId, 'c-bus');
    bus().faal();
    // Act
    const delingen = await verwerkVoortgang(deps(), feit);
    bus().herstel();
    const gepubliceerd = await relay(ib);
    // Assert
    expect(delingen.map((d) => d.status)).toEqual(['gedeeld']);
    expect(gepubliceerd).toBe(1);
    const events = geaccepteerd(ib, 'VoortgangGedeeld.v1').filter((e) => e.data.bronId === bronId);
    expect(events).toHaveLength(1);
    expect((await log(ib)).filter((e) => e.bronId === bronId).map((e) => e.actie)).toEqual(['gedeeld']);
  });
});

describe('a decision write that seemed to fail but was stored (issue 21)', () => {
  it('delivered again twice at once (a redelivery and a relay republication): one log entry, one view item, the decision recorded in the same write as its entry', async () => {
    // Arrange: a consent for zelfredzaamheid; the staat write of the decision is stored, then times out
    const { ib, token } = await nieuweInburgeraar();
    await o.roep({ method: 'POST', routePath: ROUTES.toestemmingen, params: { id: ib }, body: body(), token });
    const bronId = `m-${ib}`;
    const feit = meetmoment(ib, bronId, 'c-schijn');
    dynamo().faal({ commando: 'PutItem', als: staatItem, fout: 'timeout', moment: 'na' });
    // Act: the delivery throws (so the queue delivers again); then two deliveries of the same event at once
    await expect(verwerkVoortgang(deps(), feit)).rejects.toThrow();
    dynamo().herstel();
    const opgeslagen = await deps().store.lees(ib);
    await Promise.all([verwerkVoortgang(deps(), feit), verwerkVoortgang(deps(), feit)]);
    await relay(ib);
    // Assert
    expect(dynamo().gefaald()).toHaveLength(1);
    expect(Object.values(opgeslagen.verwerkt ?? {})).toHaveLength(1);
    const besluiten = (await log(ib)).filter((e) => e.bronId === bronId);
    expect(besluiten.map((e) => e.actie)).toEqual(['gedeeld']);
    expect(Object.values((await deps().store.lees(ib)).verwerkt ?? {})).toEqual([besluiten[0]?.seq]);
    const view = (await deps().store.delingen(ib)).filter((d) => d.bronId === bronId);
    expect(view.map((d) => d.status)).toEqual(['gedeeld']);
    expect(new Set(geaccepteerd(ib, 'VoortgangGedeeld.v1').map((e) => e.meta.id)).size).toBe(1);
  });
});
