import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { dynamoBegeleidingStore, dynamoTrajectOpslag } from '../adapters/store';
import type { BegeleidingDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<BegeleidingDeps>): BegeleidingDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  return {
    ...basis,
    opslag: dynamoTrajectOpslag(client, tabel),
    store: dynamoBegeleidingStore(client, tabel),
  };
});
