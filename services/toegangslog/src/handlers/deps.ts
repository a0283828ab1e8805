import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { toegangslogInstellingen } from '@wegwijs/profielen';
import { dynamoToegangslogStore } from '../adapters/store';
import type { ToegangslogDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<ToegangslogDeps>): ToegangslogDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  return {
    ...basis,
    store: dynamoToegangslogStore(client, tabel),
    instellingen: toegangslogInstellingen(o.config),
  };
});
