import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { AanmeldingGeregistreerd, ContactmomentenVastgelegd, WoningToegewezen } from '@wegwijs/contracts';
import { createPublisher, event, inVerzoeken, PublishError } from '@wegwijs/lambda-kit';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';

const eb = mockClient(EventBridgeClient);
afterEach(() => eb.reset());

const meta = {
  gemeente: '0518',
  inburgeraarId: 'i-1',
  actor: { rol: 'inburgeringsconsulent' as const, org: 'gemeente-0518' },
  correlationId: 'c-1',
};
const publisher = () => createPublisher({ busName: 'bus', client: new EventBridgeClient({ region: 'eu-west-1' }) });
const aanmelding = event(AanmeldingGeregistreerd, meta, {
  doelgroep: 'asielstatushouder',
  uitvoeringsorganisatie: 'vluchtelingenwerk',
  koppelingsdatum: '2026-01-05',
});

describe('the event publisher', () => {
  it('sends the envelope with source, detail-type and a filled-in meta', async () => {
    eb.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] });
    await publisher().publish(aanmelding);
    const input = eb.commandCalls(PutEventsCommand)[0]?.args[0].input;
    const entry = input?.Entries?.[0];
    expect(entry).toMatchObject({
      EventBusName: 'bus',
      Source: 'wegwijs.aanmelding',
      DetailType: 'AanmeldingGeregistreerd.v1',
    });
    const detail = JSON.parse(entry?.Detail ?? '{}');
    expect(detail.meta).toMatchObject({ gemeente: '0518', inburgeraarId: 'i-1', correlationId: 'c-1' });
    expect(detail.meta.id).toMatch(/^[0-9A-Z]{26}$/);
  });

  it('throws when PutEvents reports a failed entry', async () => {
    eb.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ EventId: 'e1' }, { ErrorCode: 'InternalFailure', ErrorMessage: 'boom' }],
    });
    const both = [aanmelding, event(WoningToegewezen, meta, { datum: '2026-02-01' })];
    const error = await publisher()
      .publish(...both)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).failed).toEqual([
      { detailType: 'WoningToegewezen.v1', errorCode: 'InternalFailure' },
    ]);
  });

  it('throws when an entry is missing from the response', async () => {
    eb.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [] });
    await expect(publisher().publish(aanmelding)).rejects.toBeInstanceOf(PublishError);
  });

  it('refuses data that breaks the contract before sending anything', async () => {
    const broken = event(WoningToegewezen, meta, { datum: 'gisteren' });
    await expect(publisher().publish(broken)).rejects.toBeInstanceOf(PublishError);
    expect(eb.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('sends more than ten events in batches of ten', async () => {
    eb.on(PutEventsCommand).callsFake((input: { Entries: unknown[] }) => ({
      FailedEntryCount: 0,
      Entries: input.Entries.map((_, i) => ({ EventId: `e${i}` })),
    }));
    await publisher().publish(...Array.from({ length: 23 }, () => aanmelding));
    expect(eb.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries?.length)).toEqual([10, 10, 3]);
  });
});

describe('PutEvents requests within EventBridge limits (10 entries, 256 KB together)', () => {
  it('splits by count and by size, in order, never an empty request', async () => {
    // Arrange: a migration's batch events of about 96 KB each, between small events
    const groot = { Source: 's', DetailType: 'Groot.v1', Detail: 'x'.repeat(96 * 1024) };
    const klein = (n: number) => ({ Source: 's', DetailType: `Klein${n}.v1`, Detail: '{}' });
    const entries = [klein(0), groot, groot, groot, ...Array.from({ length: 12 }, (_, i) => klein(i + 1))];
    // Act
    const verzoeken = inVerzoeken(entries);
    // Assert
    expect(verzoeken.flat()).toEqual(entries);
    for (const v of verzoeken) {
      const bytes = v.reduce((n, e) => n + e.Source.length + e.DetailType.length + e.Detail.length + 14, 0);
      expect(v.length).toBeGreaterThan(0);
      expect(v.length).toBeLessThanOrEqual(10);
      expect(bytes).toBeLessThanOrEqual(256 * 1024);
    }
    expect(verzoeken.map((v) => v.length)).toEqual([3, 10, 3]);
  });

  it('publishes three ~96 KB events in two PutEvents requests', async () => {
    eb.on(PutEventsCommand).callsFake(async (input: { Entries: unknown[] }) => ({
      FailedEntryCount: 0,
      Entries: input.Entries.map((_, i) => ({ EventId: `e${i}` })),
    }));
    const contactmomenten = Array.from({ length: 800 }, (_, i) => ({
      contactmomentId: `c-${String(i).padStart(8, '0')}-${'x'.repeat(60)}`,
      datum: '2026-01-02',
      vorm: 'telefoon' as const,
      duurMinuten: 30,
    }));
    const deel = (nummer: number) =>
      event(ContactmomentenVastgelegd, meta, { contactmomenten, deel: { nummer, van: 3 } });
    await publisher().publish(deel(1), deel(2), deel(3));
    expect(eb.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries?.length)).toEqual([2, 1]);
  });
});
