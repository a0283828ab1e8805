import { EVENT_ROUTES, EVENTS_BY_DETAIL_TYPE } from '@wegwijs/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type TestPlatform } from '../support/platform';

/**
 * The alarms of a deployed stack, on the local platform (`GET /dev/alarmen`): a dead letter and the function errors
 * before it, and an alarm a function raises itself through the alarm topic (SNS Publish, as `meldAlarm` sends it).
 */
let p: TestPlatform;
beforeAll(async () => {
  p = await startPlatform();
});
afterAll(async () => {
  await p?.stop();
});

describe('GET /dev/alarmen', () => {
  it('answers the alarms in the shape of the contract', async () => {
    const res = await p.api('GET', '/dev/alarmen');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: expect.any(Array) });
  });

  it('an event no consumer can handle raises the function-error alarm, then the dead-letter alarm', async () => {
    // Arrange: an event of a routed detail-type whose detail breaks its contract; the consumer throws every time.
    const voor = (await p.api('GET', '/dev/alarmen')).body.items.length;
    const consumer = EVENT_ROUTES[0]?.consumer ?? '';
    const detailType = EVENT_ROUTES[0]?.detailTypes[0] ?? '';
    const source = EVENTS_BY_DETAIL_TYPE.get(detailType)?.bronnen[0] ?? '';
    // Act
    const antwoord = p.platform.bus.putEvents([
      { Source: source, DetailType: detailType, Detail: JSON.stringify({ meta: {}, data: {} }) },
    ]);
    expect(antwoord.FailedEntryCount).toBe(0);
    await p.settled();
    // Assert
    const { status, body } = await p.api('GET', '/dev/alarmen');
    expect(status).toBe(200);
    const nieuw = body.items.slice(voor) as { alarm: string; tijdstip: string; reden: string }[];
    expect(nieuw).toContainEqual({
      alarm: `wegwijs-lokaal-${consumer}-consumer-fouten`,
      tijdstip: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      reden: `${consumer} consumer: an invocation failed (OngeldigEvent).`,
    });
    const deadLetter = nieuw.find((a) => a.alarm === `wegwijs-lokaal-${consumer}-dead-letters`);
    expect(deadLetter?.reden).toContain(detailType);
    expect(Date.parse(deadLetter?.tijdstip ?? '')).not.toBeNaN();
  });
});
