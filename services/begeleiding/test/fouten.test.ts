import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { marshall } from '@aws-sdk/util-dynamodb';
import { AanmeldingGeregistreerd, RegietellingenBijgewerkt, TrajectFaseGewijzigd } from '@wegwijs/contracts';
import { createPublisher, relayItem } from '@wegwijs/lambda-kit';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { trajectSleutel } from '../src/adapters/keys';
import { dynamoBegeleidingStore, dynamoTrajectOpslag } from '../src/adapters/store';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { begeleidingTabel } from '../src/tabel';
import { gestartTraject, profiel } from './support-domein';
import { bronEvent, klok } from './support-omgeving';

let omgeving: TestOmgeving;
const dynamo = new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
const eventBridge = new EventBridgeClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
});
const dynamoMock = mockClient(dynamo);
const busMock = mockClient(eventBridge);

beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [begeleidingTabel] });
  gebruik(omgeving, 'begeleiding');
});
afterEach(() => {
  dynamoMock.reset();
  busMock.reset();
});
afterAll(async () => {
  dynamoMock.restore();
  busMock.restore();
  await omgeving.stop();
});

const publisher = () => createPublisher({ busName: omgeving.bus.busName, client: eventBridge, clock: klok });
const opgeslagen = (versie: number) => ({
  Item: marshall(
    { pk: 'traject#ib-1', sk: 'traject', versie, staat: gestartTraject(profiel('Den Haag')) },
    { removeUndefinedValues: true },
  ),
});
const token = () =>
  omgeving.token({ sub: 'mb', rol: 'maatschappelijk-begeleider', org: 'vluchtelingenwerk', gemeenten: ['0518'] });

describe('when DynamoDB fails', () => {
  it('answers 500 problem+json that reveals nothing of the failure', async () => {
    // Arrange
    dynamoMock.on(GetItemCommand).rejects(new Error('connect ECONNREFUSED wegwijs-prod-begeleiding 10.0.0.7'));
    const http = createHttpHandler(
      defaultDeps({
        clock: klok,
        store: dynamoBegeleidingStore(dynamo, 'tabel'),
        opslag: dynamoTrajectOpslag(dynamo, 'tabel'),
      }),
    );
    // Act
    const res = await roep(http, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/traject',
      params: { id: 'ib-1' },
      token: await token(),
    });
    // Assert
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|begeleiding|at /);
  });

  it('retries a write that lost a race on the version it is written over', async () => {
    // Arrange: another writer changes the traject between our read and our write.
    klok.dag = '2025-05-01';
    // The route's autoriseer reads the traject once (the handler and the first attempt decide on that read); the
    // retry reads it again.
    dynamoMock.on(GetItemCommand).resolvesOnce(opgeslagen(1)).resolves(opgeslagen(2));
    dynamoMock
      .on(PutItemCommand)
      .rejectsOnce(new ConditionalCheckFailedException({ message: 'changed', $metadata: {} }))
      .resolves({});
    dynamoMock.on(UpdateItemCommand).resolves({});
    busMock.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] });
    const http = createHttpHandler(
      defaultDeps({
        clock: klok,
        store: dynamoBegeleidingStore(dynamo, 'tabel'),
        opslag: dynamoTrajectOpslag(dynamo, 'tabel'),
        publisher: publisher(),
      }),
    );
    // Act
    const res = await roep(http, {
      method: 'POST',
      routePath: '/v1/inburgeraars/{id}/contactmomenten',
      params: { id: 'ib-1' },
      body: { datum: '2025-05-01', vorm: 'telefoon', duurMinuten: 5 },
      token: await token(),
    });
    // Assert
    expect(res.status).toBe(201);
    const trajectPuts = dynamoMock
      .commandCalls(PutItemCommand)
      .map((c) => c.args[0].input)
      .filter((i) => (i.Item as { sk: { S: string } }).sk.S === 'traject');
    expect(trajectPuts.map((i) => i.ExpressionAttributeValues)).toEqual([{ ':v': { N: '1' } }, { ':v': { N: '2' } }]);
    expect(dynamoMock.commandCalls(GetItemCommand)).toHaveLength(2);
  });
});

describe('when EventBridge refuses an entry', () => {
  it('keeps the event stored with the traject, and the relay publishes it with the same id', async () => {
    // Arrange: the real table, a bus that fails the first PutEvents.
    klok.dag = '2025-05-01';
    busMock
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'x' }] })
      .callsFake((input: { Entries: unknown[] }) => ({
        FailedEntryCount: 0,
        Entries: input.Entries.map((_, i) => ({ EventId: `e2-${i}` })),
      }));
    const consumer = createConsumer(defaultDeps({ clock: klok, publisher: publisher() }));
    const e = bronEvent(
      AanmeldingGeregistreerd,
      { inburgeraarId: 'ib-bus-storing', gemeente: '0518' },
      {
        doelgroep: 'asielstatushouder',
        uitvoeringsorganisatie: 'vluchtelingenwerk',
        koppelingsdatum: '2025-04-01',
      },
    );
    const relay = { client: omgeving.dynamo.client, tabel: omgeving.tabel('begeleiding'), publisher: publisher() };
    // Act
    await consumer(e);
    const gerelayed = await relayItem(relay, trajectSleutel('ib-bus-storing'));
    const nogmaals = await relayItem(relay, trajectSleutel('ib-bus-storing'));
    // Assert
    const verzonden = busMock
      .commandCalls(PutEventsCommand)
      .map((c) => c.args[0].input.Entries as { DetailType: string; Detail: string }[]);
    // the fase event and the RegietellingenBijgewerkt (aangemeld +1) of the same write, both kept and sent again
    expect(verzonden.map((entries) => entries.map((x) => x.DetailType))).toEqual([
      [TrajectFaseGewijzigd.detailType, RegietellingenBijgewerkt.detailType],
      [TrajectFaseGewijzigd.detailType, RegietellingenBijgewerkt.detailType],
    ]);
    const ids = verzonden.map((entries) => entries.map((x) => JSON.parse(x.Detail).meta.id));
    expect(ids[0]).toEqual(ids[1]);
    expect(gerelayed).toBe(2);
    expect(nogmaals).toBe(0);
  });
});
