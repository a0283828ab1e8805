import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { dynamoInburgeraarLijst, dynamoInburgeraarOpslag } from '../adapters/opslag';
import { overdrachtPoort } from '../adapters/overdracht';
import type { AanmeldingDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<AanmeldingDeps>): AanmeldingDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  return {
    ...basis,
    opslag: dynamoInburgeraarOpslag(client, tabel),
    lijst: dynamoInburgeraarLijst(client, tabel),
    config: o.config,
    overdracht: gegeven.overdracht ?? overdrachtPoort(o.config),
  };
});
