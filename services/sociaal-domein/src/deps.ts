import {
  type Clock,
  createPublisher,
  dynamoClient,
  omgeving,
  type Publisher,
  systemClock,
  vereisTabel,
} from '@wegwijs/lambda-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';
import { ulid } from 'ulid';
import { type AgendaStore, dynamoAgendaStore } from './adapters/agenda-store';
import { type Beslispunt, lambdaBeslispunt } from './adapters/beslispunt';
import { type DossierStore, dynamoDossierStore } from './adapters/dossier-store';
import { dynamoSociaalStore, type SociaalStore } from './adapters/sociaal-store';

/** The ports of the sociaal-domein handlers. Tests replace any of them. */
export interface Deps {
  dossiers: DossierStore;
  store: SociaalStore;
  agenda: AgendaStore;
  beslispunt: Beslispunt;
  publisher: Publisher;
  clock: Clock;
  nieuwId: () => string;
  config: DeploymentConfig;
}

/**
 * The real ports, built from the function's environment (read once, at the first call). `tabel` overrides the table
 * name for tests that run two contexts in one process.
 */
export function defaultDeps(opties: { tabel?: string; env?: NodeJS.ProcessEnv } = {}): Deps {
  const o = omgeving();
  const tabel = opties.tabel ?? vereisTabel(o);
  const env = opties.env ?? process.env;
  const client = dynamoClient();
  const functie = env.WEGWIJS_BESLISSING_FUNCTIE;
  if (!functie) throw new Error('WEGWIJS_BESLISSING_FUNCTIE is not set');
  return {
    dossiers: dynamoDossierStore(client, tabel),
    store: dynamoSociaalStore(client, tabel),
    agenda: dynamoAgendaStore(client, tabel),
    beslispunt: lambdaBeslispunt({ functie }),
    publisher: createPublisher({ busName: o.eventBus }),
    clock: systemClock,
    nieuwId: ulid,
    config: o.config,
  };
}
