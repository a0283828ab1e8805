import type { BasisPoorten, SchrijfpadDeps } from '@wegwijs/lambda-kit';
import type { BrokerStore } from '../adapters/store';

/** The ports of the broker's application logic (real defaults in handlers/deps.ts). */
export interface BrokerDeps extends BasisPoorten, SchrijfpadDeps {
  store: BrokerStore;
}

/** A fault of the storage or the chain that must make the caller retry (the event is retried, then dead-lettered). */
export class BrokerFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrokerFout';
  }
}

/** A voortgang event arrived before the aanmelding it belongs to: retried until the projection exists. */
export class TrajectOnbekend extends BrokerFout {
  constructor() {
    super('traject unknown to the broker');
    this.name = 'TrajectOnbekend';
  }
}
