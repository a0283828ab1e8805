import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { dynamoRegieStore } from '../adapters/store';
import type { RegieDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<RegieDeps>): RegieDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  return { ...basis, store: dynamoRegieStore(client, tabel) };
});
