import { RegietellingenBijgewerkt, type Telling } from '@wegwijs/contracts';
import { type AggregaatOpslag, OngeldigEvent } from '@wegwijs/lambda-kit';
import { gebruik, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import type { EventBridgeEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatoren } from '../../src/app/indicatoren';
import type { Vak } from '../../src/domain/tellers';
import { createConsumer } from '../../src/handlers/consumer';
import { defaultDeps } from '../../src/handlers/deps';
import { regieTabel } from '../../src/tabel';

let omgeving: TestOmgeving;
beforeAll(async () => {
  omgeving = await startTestOmgeving({ tabellen: [regieTabel] });
  gebruik(omgeving, 'regie');
});
afterAll(() => omgeving?.stop());

const event = (id: string, gemeente: string, tellingen: Telling[], meta: Record<string, unknown> = {}) =>
  ({
    version: '0',
    id: `eb-${id}`,
    'detail-type': RegietellingenBijgewerkt.detailType,
    source: 'wegwijs.begeleiding',
    account: '000000000000',
    time: '2026-03-01T00:00:00Z',
    region: 'eu-west-1',
    resources: [],
    detail: {
      meta: {
        id,
        occurredAt: '2026-03-01T10:00:00.000Z',
        gemeente,
        actor: { rol: 'maatschappelijk-begeleider', org: 'inova' },
        correlationId: `c-${id}`,
        ...meta,
      },
      data: { tellingen },
    },
  }) as EventBridgeEvent<string, unknown>;

const gepland = (maand: string, fase: 'opstartfase' | 'begeleidingsfase', delta = 1): Telling => ({
  indicatorset: 'afspraken',
  indicator: 'gepland',
  maand,
  dimensies: { fase },
  delta,
});

const waarde = async (gemeente: string, maand: string, fase: string) => {
  const a = await indicatoren(defaultDeps()(), 'afspraken', {
    gemeenten: [gemeente],
    periode: 'maand',
    vanaf: '2026-01',
    tot: '2026-06',
  });
  const totaal = a.cellen.find((c) => c.maand === maand && c.indicator === 'gepland' && c.dimensies.fase === fase);
  return totaal?.waarde;
};

describe('the regie consumer against dynalite', () => {
  it('applies each event once, whatever the order and however often it is delivered', async () => {
    // Arrange: five planned in March, then one moved to April (a retraction and a new count), delivered backwards
    const consumer = createConsumer(defaultDeps());
    const eerst = event(
      'a1',
      '0383',
      [1, 2, 3, 4, 5, 6].map(() => gepland('2026-03', 'opstartfase')),
    );
    const verplaatst = event('a2', '0383', [gepland('2026-03', 'opstartfase', -1), gepland('2026-04', 'opstartfase')]);
    // Act
    for (const e of [verplaatst, eerst, verplaatst, eerst, eerst]) await consumer(e);
    // Assert
    expect(await waarde('0383', '2026-03', 'opstartfase')).toBe(5);
  });

  it('finishes an event that crashed between two items on its redelivery, without counting anything twice', async () => {
    // Arrange: the store dies right after the event's first item is written
    const echt = defaultDeps()();
    let gecrasht = false;
    const vakken: AggregaatOpslag<Vak> = {
      ...echt.store.vakken,
      async bewaar(...args) {
        const gelukt = await echt.store.vakken.bewaar(...args);
        if (!gecrasht) {
          gecrasht = true;
          throw new Error('crash');
        }
        return gelukt;
      },
    };
    const wankel = createConsumer({ ...echt, store: { ...echt.store, vakken } });
    const e = event('b1', '1980', [
      ...[1, 2, 3, 4, 5].map(() => gepland('2026-02', 'begeleidingsfase')),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => gepland('2026-05', 'begeleidingsfase')),
    ]);
    // Act: the first delivery fails after one item, EventBridge delivers again
    await expect(wankel(e)).rejects.toThrow('crash');
    await wankel(e);
    await wankel(e);
    // Assert
    expect([
      await waarde('1980', '2026-02', 'begeleidingsfase'),
      await waarde('1980', '2026-05', 'begeleidingsfase'),
    ]).toEqual([5, 10]);
  });

  it('refuses an event with a telling outside the catalogue, or a person id in its meta, and applies none of it', async () => {
    const consumer = createConsumer(defaultDeps());
    const goed = [1, 2, 3, 4, 5].map(() => gepland('2026-06', 'opstartfase'));
    const onbekend = { ...gepland('2026-06', 'opstartfase'), indicator: 'gemist' };
    await expect(consumer(event('c1', '0399', [...goed, onbekend]))).rejects.toBeInstanceOf(OngeldigEvent);
    await expect(consumer(event('c2', '0399', goed, { inburgeraarId: 'inb-1' }))).rejects.toBeInstanceOf(OngeldigEvent);
    // nothing applied: the month rounds to 0 and reads "<5" (five applied would read 5)
    expect(await waarde('0399', '2026-06', 'opstartfase')).toBeNull();
  });
});
