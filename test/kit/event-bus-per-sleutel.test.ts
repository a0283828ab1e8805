import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContactmomentVastgelegd, EVENT_ROUTES } from '@wegwijs/contracts';
import { type BusEvent, LocalEventBus, metaVan, perInburgeraar } from '@wegwijs/local-kit';
import { describe, expect, it } from 'vitest';

// The local bus as the SQS FIFO queue in front of the consent broker (issue 21): deliveries to a consumer marked
// `perInburgeraar` are ordered and serialised per inburgeraar, others keep flowing; a dead letter is redriven once.

const entry = (inburgeraarId: string, n: number) => ({
  Source: 'wegwijs.begeleiding',
  DetailType: ContactmomentVastgelegd.detailType,
  Detail: JSON.stringify({
    meta: { id: `${inburgeraarId}-${n}`, inburgeraarId, gemeente: '0518', correlationId: `c-${inburgeraarId}-${n}` },
    data: { n },
  }),
});
const nummer = (e: BusEvent) => (e.detail as { data: { n: number } }).data.n;

describe('the local bus, ordered per inburgeraar for the broker', () => {
  it('delivers one event per inburgeraar at a time, in the order accepted, while another inburgeraar keeps flowing', async () => {
    // Arrange: the broker's target holds A's first delivery until B's delivery is done
    const bus = new LocalEventBus({ routes: EVENT_ROUTES, perSleutel: perInburgeraar(EVENT_ROUTES) });
    let loslaten: () => void = () => undefined;
    const vast = new Promise<void>((r) => {
      loslaten = r;
    });
    const bezig = new Map<string, number>();
    let meesteTegelijk = 0;
    const volgorde: number[] = [];
    bus.register('toestemming', async (e) => {
      const ib = metaVan(e).inburgeraarId ?? '';
      bezig.set(ib, (bezig.get(ib) ?? 0) + 1);
      meesteTegelijk = Math.max(meesteTegelijk, bezig.get(ib) ?? 0);
      if (ib === 'ib-a') {
        volgorde.push(nummer(e));
        if (nummer(e) === 0) await vast;
      }
      bezig.set(ib, (bezig.get(ib) ?? 1) - 1);
    });
    const bGedaan = bus.waitFor('toestemming', ContactmomentVastgelegd.detailType, (e) => nummer(e) === 100);
    // Act: a burst of 50 for A, then one for B
    for (let n = 0; n < 50; n += 10) bus.putEvents(Array.from({ length: 10 }, (_, i) => entry('ib-a', n + i)));
    bus.putEvents([entry('ib-b', 100)]);
    await bGedaan;
    const aTijdensB = [...volgorde];
    loslaten();
    await bus.idle();
    // Assert: B was delivered while A's first was still in flight; A one at a time, in order
    expect(aTijdensB).toEqual([0]);
    expect(volgorde).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(meesteTegelijk).toBe(1);
    expect(bus.deadLetters).toEqual([]);
  });

  it('redrives a dead letter once: a second redrive, also after a restart, delivers nothing', async () => {
    // Arrange: the broker fails an event until it is repaired; the dead letters are kept in a file
    const deadLetterFile = join(mkdtempSync(join(tmpdir(), 'dlq-')), 'dead-letters.jsonl');
    const opties = {
      routes: EVENT_ROUTES,
      perSleutel: perInburgeraar(EVENT_ROUTES),
      maxAttempts: 2,
      backoffMs: () => 1,
      deadLetterFile,
    };
    const bus = new LocalEventBus(opties);
    let kapot = true;
    const geleverd: string[] = [];
    const doel = async (e: BusEvent) => {
      if (kapot) throw new Error('kapot');
      geleverd.push(e.id);
    };
    bus.register('toestemming', doel);
    bus.putEvents([entry('ib-c', 1)]);
    await bus.idle();
    const [dood] = bus.deadLetters;
    kapot = false;
    // Act
    const eerste = bus.redrive(dood?.id ?? '');
    await bus.idle();
    const tweede = bus.redrive(dood?.id ?? '');
    const herstart = new LocalEventBus(opties);
    herstart.register('toestemming', doel);
    const derde = herstart.redrive(dood?.id ?? '');
    await herstart.idle();
    // Assert: the same envelope delivered once more, and only once
    expect(bus.deadLetters).toHaveLength(1);
    expect(eerste?.status).toBe('herleverd');
    expect(tweede?.status).toBe('al-herleverd');
    expect(derde?.status).toBe('al-herleverd');
    expect(geleverd).toEqual([dood?.event.id]);
    expect(bus.redrive('onbekend')).toBeUndefined();
  });
});
