import { MeetmomentVastgelegd } from '@wegwijs/contracts';
import { relayNu, roep } from '@wegwijs/test-helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { begeleiderToken, eventsVan, klok, meldAan, type Opstelling, startOpstelling } from './support-omgeving';

/**
 * Finding 10: concurrent writes to one traject answered 500 when the read-modify-write retries ran out, while the
 * write had happened. On the one write path every request ends in 201 or in a 409 that changed nothing.
 */
let o: Opstelling;
beforeAll(async () => {
  o = await startOpstelling();
});
afterAll(() => o.omgeving.stop());

describe('15 meetmomenten posted at once on one traject', () => {
  it('answers 201 or 409 (never 5xx), and exactly the 201s are stored and announced', async () => {
    // Arrange
    klok.dag = '2025-07-01';
    const id = await meldAan(o, '0518', { woning: '2025-04-01' });
    const token = await begeleiderToken(o, '0518');
    await o.omgeving.bus.idle();
    const datums = Array.from({ length: 15 }, (_, i) => `2025-06-${String(i + 1).padStart(2, '0')}`);
    // Act
    const antwoorden = await Promise.all(
      datums.map((datum) =>
        roep(o.http, {
          method: 'POST',
          routePath: '/v1/inburgeraars/{id}/meetmomenten',
          params: { id },
          body: { datum, scores: { wonen: 3 } },
          token,
        }),
      ),
    );
    await relayNu(o.omgeving, 'begeleiding');
    await o.omgeving.bus.idle();
    const traject = await roep(o.http, {
      method: 'GET',
      routePath: '/v1/inburgeraars/{id}/traject',
      params: { id },
      token,
    });
    // Assert
    const statussen = antwoorden.map((a) => a.status);
    expect(statussen.every((s) => s === 201 || s === 409)).toBe(true);
    const geaccepteerd = antwoorden.filter((a) => a.status === 201).map((a) => a.body.meetmomentId as string);
    const aangekondigd = new Set(
      eventsVan(o, id, MeetmomentVastgelegd.detailType).map(
        (e) => (e.detail as { data: { meetmomentId: string } }).data.meetmomentId,
      ),
    );
    expect([...aangekondigd].sort()).toEqual([...geaccepteerd].sort());
    const geweigerd = antwoorden.filter((a) => a.status === 409);
    for (const a of geweigerd) expect(a.body.type).toMatch(/\/gelijktijdig-gewijzigd$/);
    expect(traject.status).toBe(200);
    expect(geaccepteerd.length).toBeGreaterThan(0);
  });
});
