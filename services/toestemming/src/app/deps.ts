import type { BasisPoorten, PersoonDeps, SchrijfpadDeps } from '@wegwijs/lambda-kit';
import type { BrokerStore } from '../adapters/store';

/** The ports of the broker's application logic (real defaults in handlers/deps.ts). */
export interface BrokerDeps extends BasisPoorten, SchrijfpadDeps {
  store: BrokerStore;
  /**
   * How long (ms after its occurredAt) a voortgang event from a sender not known as assigned waits for the change of
   * organisation that may explain it (default WACHTTIJD_TOEWIJZING_MS, which fits the retries in AWS).
   */
  wachttijdToewijzing?: number;
}

/** A fault of the storage or the chain that must make the caller retry (the event is retried, then dead-lettered). */
/** The broker's ports with the person repository's storage (the `persoon` function; pure tests need no such port). */
export type BrokerPersoonDeps = BrokerDeps & PersoonDeps;

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

/**
 * A voortgang event from an organisation the broker does not know as assigned at its occurredAt, while a change of
 * organisation not delivered yet may explain it: retried (EventBridge redelivers) instead of refused, for a while.
 */
export class ToewijzingOnbekend extends BrokerFout {
  constructor() {
    super('sender not (yet) known as the assigned organisation');
    this.name = 'ToewijzingOnbekend';
  }
}
