import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AanmeldingGeregistreerd, EVENT_ROUTES } from '@wegwijs/contracts';
import { type BusEvent, LocalEventBus } from '@wegwijs/local-kit';
import { describe, expect, it } from 'vitest';

const entry = (n: number) => ({
  Source: AanmeldingGeregistreerd.source,
  DetailType: AanmeldingGeregistreerd.detailType,
  Detail: JSON.stringify({ meta: { n }, data: {} }),
  EventBusName: 'wegwijs-lokaal',
});

describe('the local event bus journal', () => {
  it('delivers after a restart what was accepted but not delivered, and nothing that was', async () => {
    // Arrange: the first bus accepts three events; its consumer handles the first and "crashes" on the others.
    const journal = join(mkdtempSync(join(tmpdir(), 'wegwijs-bus-')), 'event-bus.jsonl');
    const eerste = new LocalEventBus({ routes: EVENT_ROUTES, journal });
    eerste.register('begeleiding', async (e) => {
      if ((e.detail as { meta: { n: number } }).meta.n !== 1) await new Promise(() => undefined);
    });
    eerste.putEvents([entry(1), entry(2), entry(3)]);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    // Act: a new bus on the same journal resumes.
    const tweede = new LocalEventBus({ routes: EVENT_ROUTES, journal });
    const bezorgd: BusEvent[] = [];
    tweede.register('begeleiding', async (e) => void bezorgd.push(e));
    const hervat = tweede.hervat();
    await tweede.idle();
    const derde = new LocalEventBus({ routes: EVENT_ROUTES, journal });
    derde.register('begeleiding', async () => undefined);
    // Assert
    expect(hervat).toBe(2);
    expect(bezorgd.map((e) => (e.detail as { meta: { n: number } }).meta.n).sort()).toEqual([2, 3]);
    expect(derde.hervat()).toBe(0);
  });
});
