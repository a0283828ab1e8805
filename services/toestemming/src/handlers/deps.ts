import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { dynamoBrokerStore } from '../adapters/dynamo-store';
import type { BrokerPersoonDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<BrokerPersoonDeps>): BrokerPersoonDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  return { ...basis, store: dynamoBrokerStore(client, tabel) };
});
