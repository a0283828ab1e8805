import { createPublisher, dynamoClient, omgeving, systemClock, vereisTabel } from '@wegwijs/lambda-kit';
import { ulid } from 'ulid';
import { dynamoBrokerStore } from '../adapters/dynamo-store';
import type { BrokerDeps } from '../app/deps';

/** The real ports, built once per cold start from the function's environment. */
export function defaultDeps(): () => BrokerDeps {
  let deps: BrokerDeps | undefined;
  return () => {
    if (!deps) {
      const o = omgeving();
      deps = {
        store: dynamoBrokerStore(dynamoClient(), vereisTabel(o)),
        publisher: createPublisher({ busName: o.eventBus }),
        clock: systemClock,
        nieuwId: ulid,
      };
    }
    return deps;
  };
}

export type DepsBron = BrokerDeps | (() => BrokerDeps);
export const losOp = (bron: DepsBron): BrokerDeps => (typeof bron === 'function' ? bron() : bron);
