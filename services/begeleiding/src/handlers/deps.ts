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
import { type BegeleidingStore, dynamoBegeleidingStore } from '../adapters/store';

/** The ports of every begeleiding function; tests pass fakes or a fixed clock. */
export interface BegeleidingDeps {
  store: BegeleidingStore;
  publisher: Publisher;
  clock: Clock;
  nieuwId: () => string;
}

/** Fills in what the caller left out, from the function's environment (read once, at the first call). */
export function lazyDeps(gegeven: Partial<BegeleidingDeps>): () => BegeleidingDeps {
  return lazy(() => {
    const clock = gegeven.clock ?? systemClock;
    return {
      clock,
      nieuwId: gegeven.nieuwId ?? ulid,
      store: gegeven.store ?? dynamoBegeleidingStore(dynamoClient(), vereisTabel(omgeving())),
      publisher: gegeven.publisher ?? createPublisher({ busName: omgeving().eventBus, clock }),
    };
  });
}
