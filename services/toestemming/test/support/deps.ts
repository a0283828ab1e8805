import type { OutgoingEvent, Publisher } from '@wegwijs/lambda-kit';
import type { BrokerStore } from '../../src/adapters/store';
import type { BrokerDeps } from '../../src/app/deps';
import { GeheugenStore } from './geheugen-store';

/** A clock the test moves by hand. */
export class TestKlok {
  constructor(private ms: number) {}
  now = () => new Date(this.ms);
  verzet(ms: number) {
    this.ms += ms;
  }
}

export class VerzamelPublisher implements Publisher {
  readonly events: OutgoingEvent[] = [];
  async publish(...events: OutgoingEvent[]) {
    this.events.push(...events);
  }
}

export function testDeps(opties: { store?: BrokerStore; start?: string; wachttijdToewijzing?: number } = {}) {
  let teller = 0;
  const klok = new TestKlok(Date.parse(opties.start ?? '2026-03-01T09:00:00.000Z'));
  const publisher = new VerzamelPublisher();
  const store = opties.store ?? new GeheugenStore();
  const deps: BrokerDeps = {
    store,
    publisher,
    clock: klok,
    nieuwId: () => `id-${String(++teller).padStart(8, '0')}`,
    ...(opties.wachttijdToewijzing === undefined ? {} : { wachttijdToewijzing: opties.wachttijdToewijzing }),
  };
  return { deps, klok, publisher, store };
}
