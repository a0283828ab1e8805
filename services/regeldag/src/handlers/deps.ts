import { basisPoorten, type Clock, standaardDeps, systemClock } from '@wegwijs/lambda-kit';
import { dynamoDossierOpslag, dynamoRegeldagOpslag } from '../adapters/opslag';
import type { RegeldagDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment. */
export const defaultDeps = (clock: Clock = systemClock) =>
  standaardDeps((o): RegeldagDeps => {
    const { client, tabel, ...basis } = basisPoorten(o, clock);
    return { ...basis, dossiers: dynamoDossierOpslag(client, tabel), regeldagen: dynamoRegeldagOpslag(client, tabel) };
  });
