import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { createPublisher, relayItem } from '@wegwijs/lambda-kit';
import { type Fout, gebruikStoringen, opSk, roep, type Storing } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSk, trajectSleutel } from '../src/adapters/keys';
import { dynamoBegeleidingStore, dynamoTrajectOpslag } from '../src/adapters/store';
import { recordsAfleiden } from '../src/app/records';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { begeleiderToken, klok, meldAan, type Opstelling, startOpstelling } from './support-omgeving';

// Fault injection (aws-sdk-client-mock) on begeleiding's one write path for a meetmoment: the traject and its event
// are ONE conditional write; the meetmoment's record item is derived from that event (write path, else the relay).
// A fault before the write leaves neither; after it, both (and never a 5xx once the change is stored, except when the
// write itself seemed to fail: then the request may be sent again). 0 events lost, 0 acknowledged requests missing.

let o: Opstelling;
let tabel: string;
let http: ReturnType<typeof createHttpHandler>;

beforeAll(async () => {
  o = await startOpstelling();
  tabel = o.omgeving.tabel('begeleiding');
});
afterAll(() => o.omgeving.stop());
const { dynamo, bus } = gebruikStoringen(() => o.omgeving.dynamo.endpoint);
beforeAll(() => {
  http = createHttpHandler(
    defaultDeps({
      clock: klok,
      opslag: dynamoTrajectOpslag(dynamo().client, tabel),
      store: dynamoBegeleidingStore(dynamo().client, tabel),
      publisher: createPublisher({ busName: o.omgeving.bus.busName, client: bus().client, clock: klok }),
      wacht: async () => undefined,
    }),
  );
});

/** A new traject with a woningtoewijzing, and its begeleider's token. */
async function nieuwTraject() {
  klok.dag = '2025-07-01';
  const id = await meldAan(o, '0518', { woning: '2025-04-01' });
  return { id, token: await begeleiderToken(o, '0518') };
}

const postMeetmoment = (id: string, token: string, datum: string, wonen: number) =>
  roep(http, {
    method: 'POST',
    routePath: '/v1/inburgeraars/{id}/meetmomenten',
    params: { id },
    body: { datum, scores: { wonen } },
    token,
  });

const trajectItem = opSk('traject');
const recordItem = opSk('meetmoment#');

/** The relay of begeleiding over one traject, with the (recovered) bus and the record derivation. */
const relay = (id: string) =>
  relayItem(
    {
      client: o.omgeving.dynamo.client,
      tabel,
      publisher: createPublisher({ busName: o.omgeving.bus.busName, client: bus().client, clock: klok }),
      afleiden: recordsAfleiden(dynamoBegeleidingStore(o.omgeving.dynamo.client, tabel)),
    },
    trajectSleutel(id),
  );

const record = async (id: string, meetmomentId: string) => {
  const { Item } = await o.omgeving.dynamo.client.send(
    new GetItemCommand({
      TableName: tabel,
      Key: marshall({ pk: trajectSleutel(id).pk, sk: recordSk('meetmoment', meetmomentId) }),
      ConsistentRead: true,
    }),
  );
  return Item ? unmarshall(Item) : undefined;
};

/** The meetmoment dates the traject holds, as stored. */
const meetmomentDatums = async (id: string) =>
  (await dynamoTrajectOpslag(o.omgeving.dynamo.client, tabel).laad(trajectSleutel(id)))?.staat.meetmomentDatums ?? [];

const meetmomentEvents = (id: string) =>
  bus()
    .geaccepteerd()
    .filter((e) => e.detailType === 'MeetmomentVastgelegd.v1' && e.detail.meta.inburgeraarId === id)
    .map((e) => e.detail as { meta: { id: string }; data: { meetmomentId: string; datum: string } });

const FOUTEN: Fout[] = ['throttling', '5xx', 'timeout', 'conditie'];

describe('a meetmoment meets a fault on its one write', () => {
  const gevallen: [string, Storing, 'geen' | 'vastgelegd' | 'onbekend'][] = [
    ...FOUTEN.map((fout): [string, Storing, 'onbekend'] => [
      `${fout} before the traject write`,
      { commando: 'PutItem', als: trajectItem, fout, moment: 'voor' },
      'onbekend',
    ]),
    ...FOUTEN.map((fout): [string, Storing, 'onbekend'] => [
      `${fout} after the traject write`,
      { commando: 'PutItem', als: trajectItem, fout, moment: 'na' },
      'onbekend',
    ]),
    ...FOUTEN.filter((f) => f !== 'conditie').map((fout): [string, Storing, 'vastgelegd'] => [
      `${fout} on the record write`,
      { commando: 'PutItem', als: recordItem, fout, moment: 'voor' },
      'vastgelegd',
    ]),
    [
      'a timeout on marking the events sent',
      { commando: 'UpdateItem', als: trajectItem, fout: 'timeout', moment: 'voor' },
      'vastgelegd',
    ],
  ];

  it.each(gevallen)('%s: the traject, its record and its event together, or none', async (_naam, storing, verwacht) => {
    // Arrange
    const { id, token } = await nieuwTraject();
    dynamo().faal(storing);
    // Act
    const res = await postMeetmoment(id, token, '2025-06-20', 3);
    dynamo().herstel();
    await relay(id);
    // Assert: the fault fired; a stored change always has its record and its event (once), a 201 is stored
    expect(dynamo().gefaald()).toHaveLength(1);
    if (verwacht === 'vastgelegd') expect(res.status).toBe(201);
    else expect([201, 500]).toContain(res.status);
    const events = meetmomentEvents(id);
    const opgeslagen = (await meetmomentDatums(id)).includes('2025-06-20');
    expect(new Set(events.map((e) => e.meta.id)).size).toBe(events.length > 0 ? 1 : 0);
    if (res.status === 201) {
      expect(opgeslagen).toBe(true);
      expect(events.map((e) => e.data.meetmomentId)).toContain(res.body.meetmomentId);
    }
    for (const e of events) {
      expect(await record(id, e.data.meetmomentId)).toMatchObject({
        soort: 'meetmoment',
        gegevens: { datum: '2025-06-20' },
      });
    }
    expect(opgeslagen).toBe(events.length > 0);
  });

  it('a failed PutEvents entry: 201; the record is there, the relay publishes the event once', async () => {
    // Arrange
    const { id, token } = await nieuwTraject();
    bus().faal();
    // Act
    const res = await postMeetmoment(id, token, '2025-06-21', 2);
    const voorRelay = meetmomentEvents(id).length;
    bus().herstel();
    const gepubliceerd = await relay(id);
    // Assert
    expect(res.status).toBe(201);
    expect(voorRelay).toBe(0);
    expect(await record(id, res.body.meetmomentId)).toMatchObject({ gegevens: { datum: '2025-06-21' } });
    expect(gepubliceerd).toBeGreaterThanOrEqual(1);
    expect(meetmomentEvents(id).map((e) => e.data.meetmomentId)).toEqual([res.body.meetmomentId]);
  });
});
