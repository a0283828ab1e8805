import {
  type Clock,
  createPublisher,
  dynamoClient,
  lazy,
  omgeving,
  type Publisher,
  systemClock,
  vereisTabel,
} from '@wegwijs/lambda-kit';
import { ulid } from 'ulid';
import { dynamoRegeldagStore, type RegeldagStore } from '../adapters/regeldag-store';

/** The ports of the regeldag handlers. Store and publisher are built on first use (cold start). */
export interface RegeldagDeps {
  store: () => RegeldagStore;
  publisher: () => Publisher;
  clock: Clock;
  nieuwId: () => string;
}

export function defaultDeps(clock: Clock = systemClock): RegeldagDeps {
  return {
    store: lazy(() => dynamoRegeldagStore(dynamoClient(), vereisTabel(omgeving()))),
    publisher: lazy(() => createPublisher({ busName: omgeving().eventBus, clock })),
    clock,
    nieuwId: ulid,
  };
}
