import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { dynamoBegeleidersTelling, dynamoBegeleidingStore, dynamoTrajectOpslag } from '../adapters/store';
import type { BegeleidingDeps } from '../app/deps';
import { recordsAfleiden } from '../app/records';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<BegeleidingDeps>): BegeleidingDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  const store = gegeven.store ?? dynamoBegeleidingStore(client, tabel);
  return {
    ...basis,
    opslag: dynamoTrajectOpslag(client, tabel),
    begeleidersTelling: dynamoBegeleidersTelling(client, tabel),
    store,
    afleiden: recordsAfleiden(store),
    config: o.config,
  };
});
