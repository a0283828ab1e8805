import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { AanmeldingGeregistreerd, UitvoeringsorganisatieGewijzigd } from '@wegwijs/contracts';
import { createPublisher, dynamoClient, event } from '@wegwijs/lambda-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDeps } from '../../src/handlers/deps';
import { type Opstelling, startOpstelling } from './opstelling';

let o: Opstelling;
beforeAll(async () => {
  o = await startOpstelling();
});
afterAll(() => o.omgeving.stop());

const meta = (inburgeraarId: string) => ({
  gemeente: '0361',
  inburgeraarId,
  actor: { rol: 'inburgeringsconsulent' as const },
  correlationId: 'c-1',
});

describe('consumer: the dossier projection', () => {
  it('projects AanmeldingGeregistreerd and follows UitvoeringsorganisatieGewijzigd', async () => {
    const id = await o.aanmelden('0361', 'inova');
    expect(await defaultDeps()().dossiers.dossier(id)).toEqual({
      inburgeraarId: id,
      gemeente: '0361',
      uitvoeringsorganisatie: 'inova',
    });
    await o.wijzigOrg(id, '0361', 'inova', 'gemeente-0361');
    expect(await defaultDeps()().dossiers.dossier(id)).toMatchObject({ uitvoeringsorganisatie: 'gemeente-0361' });
  });

  it('ends in the latest assignment when the change arrives before the registration, and on replays', async () => {
    // Arrange: publish the change first, then the (older) registration: the projection orders them itself
    const id = 'inb-volgorde';
    const later = { now: () => new Date('2026-03-01T10:00:00Z') };
    const eerder = { now: () => new Date('2026-01-01T10:00:00Z') };
    const gewijzigd = o.omgeving.bus.waitFor('sociaal-domein', UitvoeringsorganisatieGewijzigd.detailType);
    await createPublisher({ busName: o.omgeving.bus.busName, clock: later }).publish(
      event(UitvoeringsorganisatieGewijzigd, meta(id), { van: 'inova', naar: 'gemeente-0361', datum: '2026-03-01' }),
    );
    const eerst = await gewijzigd;
    const aangemeld = o.omgeving.bus.waitFor('sociaal-domein', AanmeldingGeregistreerd.detailType);
    await createPublisher({ busName: o.omgeving.bus.busName, clock: eerder }).publish(
      event(AanmeldingGeregistreerd, meta(id), {
        doelgroep: 'asielstatushouder',
        uitvoeringsorganisatie: 'inova',
        koppelingsdatum: '2026-01-01',
      }),
    );
    await aangemeld;
    // Act: deliver the change once more (EventBridge delivers at least once)
    await o.omgeving.bus.putEvents([
      {
        Source: eerst.source,
        DetailType: eerst['detail-type'],
        Detail: JSON.stringify(eerst.detail),
        EventBusName: o.omgeving.bus.busName,
      },
    ]);
    await o.omgeving.bus.idle();
    // Assert
    expect(await defaultDeps()().dossiers.dossier(id)).toEqual({
      inburgeraarId: id,
      gemeente: '0361',
      uitvoeringsorganisatie: 'gemeente-0361',
    });
    expect(o.omgeving.bus.deadLetters).toEqual([]);
  });

  it('follows a change of a dossier stored before the write path (its event version under versie, a string)', async () => {
    // Arrange: the item as the projection wrote it before it went through the kit's write path
    const id = 'inb-oud-dossier';
    await dynamoClient().send(
      new PutItemCommand({
        TableName: o.omgeving.tabel('sociaal-domein'),
        Item: marshall({
          pk: `inb#${id}`,
          sk: 'dossier',
          inburgeraarId: id,
          gemeente: '0361',
          uitvoeringsorganisatie: 'inova',
          versie: '2026-01-01T10:00:00.000Z#0',
        }),
      }),
    );
    const gewijzigd = o.omgeving.bus.waitFor('sociaal-domein', UitvoeringsorganisatieGewijzigd.detailType);
    // Act
    await createPublisher({ busName: o.omgeving.bus.busName }).publish(
      event(UitvoeringsorganisatieGewijzigd, meta(id), { van: 'inova', naar: 'gemeente-0361', datum: '2026-03-01' }),
    );
    await gewijzigd;
    await o.omgeving.bus.idle();
    // Assert
    expect(await defaultDeps()().dossiers.dossier(id)).toMatchObject({ uitvoeringsorganisatie: 'gemeente-0361' });
    expect(o.omgeving.bus.deadLetters).toEqual([]);
  });
});
