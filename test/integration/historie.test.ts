import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { AanmeldingGeregistreerd, ContactmomentenVastgelegd } from '@wegwijs/contracts';
import { createPublisher, dynamoClient, event } from '@wegwijs/lambda-kit';
import type { BusEvent } from '@wegwijs/local-kit';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumer as begeleidingConsumer } from '../../services/begeleiding/src/handlers/consumer';
import { defaultDeps as begeleidingDeps } from '../../services/begeleiding/src/handlers/deps';
import { createHttpHandler as begeleidingHttp } from '../../services/begeleiding/src/handlers/http';
import { begeleidingTabel } from '../../services/begeleiding/src/tabel';
import type { BrokerDeps } from '../../services/toestemming/src/app/deps';
import { ketenGeldig } from '../../services/toestemming/src/domain/keten';
import type { LogEntry } from '../../services/toestemming/src/domain/typen';
import { createConsumer as brokerConsumer } from '../../services/toestemming/src/handlers/consumer';
import { defaultDeps as brokerDeps } from '../../services/toestemming/src/handlers/deps';
import { createHttpHandler as brokerHttp } from '../../services/toestemming/src/handlers/http';
import { toestemmingTabel } from '../../services/toestemming/src/tabel';

// Issue 21, the bulk path of a migration: POST /v1/inburgeraars/{id}/historie in begeleiding (its real handler on
// dynalite), the batch event on the local bus, decided by the REAL consent broker as one batch. The process
// environment is begeleiding's; the broker gets its own table explicitly.

const GEMEENTE = '0518';
const ORG = 'vluchtelingenwerk';
const dag = (terug: number) => new Date(Date.now() - terug * 86_400_000).toISOString().slice(0, 10);

let omgeving: TestOmgeving;
let begeleiding: ReturnType<typeof begeleidingHttp>;
let broker: ReturnType<typeof brokerHttp>;
let deps: () => BrokerDeps;
let begeleider: string;
const naarBroker: BusEvent[] = [];

beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [begeleidingTabel, toestemmingTabel] });
  gebruik(omgeving, 'begeleiding');
  begeleiding = begeleidingHttp(begeleidingDeps());
  omgeving.bus.register('begeleiding', begeleidingConsumer(begeleidingDeps()));
  deps = brokerDeps({}, { tabel: omgeving.tabel('toestemming') });
  broker = brokerHttp(deps);
  const consumer = brokerConsumer(deps);
  omgeving.bus.register('toestemming', async (e) => {
    naarBroker.push(e);
    await consumer(e);
  });
  begeleider = await omgeving.token({
    sub: 'mb-1',
    rol: 'maatschappelijk-begeleider',
    org: ORG,
    gemeenten: [GEMEENTE],
  });
});
afterAll(() => omgeving.stop());

const IB = 'ib-historie';

async function aanmelden(inburgeraarId: string) {
  await createPublisher({ busName: omgeving.bus.busName }).publish(
    event(
      AanmeldingGeregistreerd,
      {
        gemeente: GEMEENTE,
        inburgeraarId,
        actor: { rol: 'inburgeringsconsulent' },
        correlationId: `c-${inburgeraarId}`,
      },
      { doelgroep: 'asielstatushouder', uitvoeringsorganisatie: ORG, koppelingsdatum: dag(120) },
    ),
  );
  await omgeving.bus.idle();
}

const contactmomenten = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ datum: dag(1 + (i % 90)), vorm: 'telefoon', duurMinuten: 10 + (i % 50) }));

const historie = (body: unknown, headers?: Record<string, string>) =>
  roep(begeleiding, {
    method: 'POST',
    routePath: '/v1/inburgeraars/{id}/historie',
    params: { id: IB },
    body,
    token: begeleider,
    ...(headers ? { headers } : {}),
  });

/** What a redelivery must not change: the log, the gemeente's view and the staat, as stored. */
async function toestand() {
  const snap = await deps().store.lees(IB);
  const log = (await deps().store.leesLog(IB)).sort((a, b) => a.seq - b.seq);
  const delingen = (await deps().store.delingen(IB)).map((d) => `${d.sleutel}:${d.besluit}:${d.status}`).sort();
  return { log, delingen, versie: snap.staat?.versie ?? 0 };
}
const besluiten = (log: readonly LogEntry[]) =>
  log.filter((e) => e.categorie === 'contactmomenten' && (e.actie === 'gedeeld' || e.actie === 'geweigerd'));

/** The organisation's own records of the person's contactmomenten (one item per contactmoment). */
async function records(): Promise<number> {
  const { Items = [] } = await dynamoClient().send(
    new QueryCommand({
      TableName: omgeving.tabel('begeleiding'),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: `traject#${IB}` } },
      ConsistentRead: true,
    }),
  );
  return Items.filter((i) => i.sk?.S?.startsWith('contactmoment#')).length;
}

describe('POST /v1/inburgeraars/{id}/historie: 500 historic contactmomenten of one person, decided as one batch', () => {
  let ids: string[] = [];
  let inburgeraar: string;
  let toestemmingId: string;

  it('stores 500, answers their ids in order, and the broker decides each exactly once in 5 writes of the staat', async () => {
    // Arrange: the person is known to begeleiding and the broker and consents to contactmomenten for the gemeente
    await aanmelden(IB);
    inburgeraar = await omgeving.token({ sub: IB, rol: 'inburgeraar' });
    const gegeven = await roep(broker, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/toestemmingen',
      params: { id: IB },
      body: {
        ontvanger: { gemeente: GEMEENTE },
        categorieen: ['contactmomenten'],
        doel: 'regie',
        taal: 'ar',
        tekstversie: 'v1',
      },
      token: inburgeraar,
    });
    expect(gegeven.status).toBe(201);
    toestemmingId = gegeven.body.toestemmingId;
    const voor = await toestand();
    // Act
    const res = await historie({ contactmomenten: contactmomenten(500) }, { 'idempotency-key': 'migratie-1' });
    await omgeving.bus.idle();
    // Assert: 201 with 500 ids, one batch event, 500 records, 500 gedeeld entries (each bronId once), 5 staat writes
    expect(res.status).toBe(201);
    ids = res.body.contactmomentIds;
    expect([ids.length, new Set(ids).size, res.body.meetmomentIds]).toEqual([500, 500, []]);
    const batches = naarBroker.filter((e) => e['detail-type'] === ContactmomentenVastgelegd.detailType);
    expect(batches).toHaveLength(1);
    const inBatch = batches[0]?.detail as { data: { contactmomenten: { contactmomentId: string }[] } } | undefined;
    expect(inBatch?.data.contactmomenten.map((c) => c.contactmomentId)).toEqual(ids);
    expect(await records()).toBe(500);
    expect(omgeving.bus.deadLetters).toEqual([]);
    const na = await toestand();
    const beslist = besluiten(na.log);
    expect(beslist.map((e) => e.bronId)).toEqual(ids);
    expect(new Set(beslist.map((e) => e.actie))).toEqual(new Set(['gedeeld']));
    expect(ketenGeldig(na.log)).toBe(true);
    expect(na.versie - voor.versie).toBe(5);
    const voortgang = await roep(broker, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/voortgang',
      params: { id: IB },
      token: await omgeving.token({ sub: 'c-1', rol: 'inburgeringsconsulent', gemeenten: [GEMEENTE] }),
    });
    const gedeeld = voortgang.body.items.filter((i: { categorie: string }) => i.categorie === 'contactmomenten');
    expect(gedeeld.map((i: { bronId: string }) => i.bronId).sort()).toEqual([...ids].sort());
  });

  it('the same request again with its Idempotency-Key answers the same ids and stores nothing more', async () => {
    const opnieuw = await historie({ contactmomenten: contactmomenten(500) }, { 'idempotency-key': 'migratie-1' });
    await omgeving.bus.idle();
    expect(opnieuw.status).toBe(201);
    expect(opnieuw.body.contactmomentIds).toEqual(ids);
    expect(await records()).toBe(500);
  });

  it('refuses 501 items with 413 problem+json, an empty batch and a broken item with 422 naming it; nothing stored', async () => {
    // Arrange
    const voor = await toestand();
    const gepubliceerd = naarBroker.length;
    const kapot = contactmomenten(3).map((c, i) => (i === 2 ? { ...c, vorm: 'brief' } : c));
    // Act
    const teVeel = await historie({
      contactmomenten: contactmomenten(300),
      meetmomenten: Array(201).fill({ datum: dag(2), scores: { wonen: 3 } }),
    });
    const leeg = await historie({ contactmomenten: [] });
    const ongeldig = await historie({ contactmomenten: kapot });
    await omgeving.bus.idle();
    // Assert
    expect([teVeel.status, teVeel.headers?.['content-type'], teVeel.body.type]).toEqual([
      413,
      'application/problem+json',
      expect.stringMatching(/te-veel-items$/),
    ]);
    expect([leeg.status, leeg.body.type]).toEqual([422, expect.stringMatching(/historie-leeg$/)]);
    expect([ongeldig.status, ongeldig.body.errors?.[0]?.path]).toEqual([422, 'contactmomenten[2].vorm']);
    expect(naarBroker.length).toBe(gepubliceerd);
    expect(await records()).toBe(500);
    expect(await toestand()).toEqual(voor);
  });

  it('the same batch delivered again 1-3 times (as a relay would: same meta.id, new envelope) changes nothing', async () => {
    const voor = await toestand();
    const batch = naarBroker.find((e) => e['detail-type'] === ContactmomentenVastgelegd.detailType);
    if (!batch) throw new Error('no batch delivered');
    const keer = fc.sample(fc.integer({ min: 1, max: 3 }), { seed: 21, numRuns: 1 })[0] ?? 1;
    const consumer = brokerConsumer(deps);
    for (let i = 0; i < keer; i++) await consumer({ ...batch, id: `herhaling-${i}` });
    await Promise.all([consumer({ ...batch, id: 'tegelijk-1' }), consumer({ ...batch, id: 'tegelijk-2' })]);
    expect(await toestand()).toEqual(voor);
  });

  it('after a withdrawal, the next 500 are each geweigerd once, and what was shared is removed with its entries', async () => {
    // Arrange
    const trek = await roep(broker, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking',
      params: { id: IB, toestemmingId },
      token: inburgeraar,
    });
    expect(trek.status).toBe(200);
    // Act
    const res = await historie({ contactmomenten: contactmomenten(500) });
    await omgeving.bus.idle();
    // Assert: of the 1,000, the first half gedeeld before the withdrawal, the second half geweigerd after it
    expect(res.status).toBe(201);
    const { log } = await toestand();
    expect(ketenGeldig(log)).toBe(true);
    const beslist = besluiten(log);
    expect(beslist.map((e) => e.bronId)).toEqual([...ids, ...res.body.contactmomentIds]);
    const grens = log.find((e) => e.actie === 'toestemming-ingetrokken')?.seq ?? 0;
    for (const e of beslist) expect(e.actie, e.bronId).toBe(ids.includes(e.bronId ?? '') ? 'gedeeld' : 'geweigerd');
    for (const e of beslist) expect(e.seq < grens, e.bronId).toBe(e.actie === 'gedeeld');
    const weg = log.filter((e) => e.actie === 'verwijderd').map((e) => e.bronId);
    expect(weg.sort()).toEqual([...ids].sort());
    expect(omgeving.bus.deadLetters).toEqual([]);
  });
});
