import {
  basisPoorten,
  dynamoClient,
  lazy,
  omgeving,
  poorten,
  standaardRelayDeps,
  vereisTabel,
} from '@wegwijs/lambda-kit';
import { dynamoGroepsactiviteiten } from '../adapters/groepsactiviteiten';
import { dynamoTrajectMigratie } from '../adapters/migratie';
import { dynamoBegeleidersTelling, dynamoBegeleidingStore, dynamoTrajectOpslag } from '../adapters/store';
import type { BegeleidingDeps } from '../app/deps';
import { recordsAfleiden } from '../app/records';

/**
 * The composition root of begeleiding: the ONLY handler module that knows the adapters. The real ports, built at the
 * first call from the function's environment; a test passes the ones it replaces.
 */
export const defaultDeps = poorten((o, gegeven: Partial<BegeleidingDeps>): BegeleidingDeps => {
  const { client, tabel, ...basis } = basisPoorten(o, gegeven.clock);
  const store = gegeven.store ?? dynamoBegeleidingStore(client, tabel);
  return {
    ...basis,
    opslag: dynamoTrajectOpslag(client, tabel),
    begeleidersTelling: dynamoBegeleidersTelling(client, tabel),
    store,
    groepen: gegeven.groepen ?? dynamoGroepsactiviteiten(client, tabel),
    afleiden: recordsAfleiden(store),
    config: o.config,
  };
});

/** The relay's ports: the kit's, with the records derived from the pending events before they are published. */
export const relayDeps = () =>
  standaardRelayDeps((client, tabel) => recordsAfleiden(dynamoBegeleidingStore(client, tabel)));

/** The index migration's port over the table (built at the first call). */
export const migratieOpslag = () => lazy(() => dynamoTrajectMigratie(dynamoClient(), vereisTabel(omgeving())));
