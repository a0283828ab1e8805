import { basisPoorten, standaardDeps } from '@wegwijs/lambda-kit';
import { dynamoBegeleidingStore, dynamoTrajectOpslag } from '../adapters/store';
import type { BegeleidingDeps } from '../app/deps';

export type { BegeleidingDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; tests replace some of them. */
export function lazyDeps(gegeven: Partial<BegeleidingDeps>): () => BegeleidingDeps {
  return standaardDeps((o): BegeleidingDeps => {
    const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
    return {
      ...basis,
      opslag: dynamoTrajectOpslag(client, tabel),
      store: dynamoBegeleidingStore(client, tabel),
      ...gegeven,
    };
  });
}
