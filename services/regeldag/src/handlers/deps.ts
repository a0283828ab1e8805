import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { dynamoDossierOpslag, dynamoRegeldagOpslag } from '../adapters/opslag';
import type { RegeldagDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<RegeldagDeps>): RegeldagDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  return { ...basis, dossiers: dynamoDossierOpslag(client, tabel), regeldagen: dynamoRegeldagOpslag(client, tabel) };
});
