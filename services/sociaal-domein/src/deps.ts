import {
  type AggregaatOpslag,
  type BasisPoorten,
  basisPoorten,
  omgeving,
  type SchrijfpadDeps,
} from '@wegwijs/lambda-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';
import { type AgendaStore, dynamoAgendaStore } from './adapters/agenda-store';
import { type Beslispunt, lambdaBeslispunt } from './adapters/beslispunt';
import { type DossierStore, dynamoDossierStore } from './adapters/dossier-store';
import { dynamoSociaalOpslag } from './adapters/opslag';
import { dynamoSociaalStore, type SociaalStore } from './adapters/sociaal-store';
import { dynamoVragenLijst, type VragenLijst } from './adapters/vragen-store';
import type { Signaal, Verwijzing } from './domain/typen';
import type { Vraag } from './domain/vraag';

/** The ports of the sociaal-domein handlers. Tests replace any of them. */
export interface Deps extends BasisPoorten, SchrijfpadDeps {
  dossiers: DossierStore;
  store: SociaalStore;
  /** Signalen and verwijzingen as aggregates of the one write path (one item each, with their events). */
  signalen: AggregaatOpslag<Signaal>;
  verwijzingen: AggregaatOpslag<Verwijzing>;
  agenda: AgendaStore;
  /** The consulent's questions (issue 12): one aggregate each, and their list. */
  vragen: AggregaatOpslag<Vraag>;
  vragenLijst: VragenLijst;
  beslispunt: Beslispunt;
  config: DeploymentConfig;
}

/**
 * The real ports, built from the function's environment (read once, at the first call). `tabel` overrides the table
 * name for tests that run two contexts in one process.
 */
export function defaultDeps(opties: { tabel?: string; env?: NodeJS.ProcessEnv } = {}): Deps {
  const o = omgeving();
  const { client, tabel: eigen, ...basis } = basisPoorten({ ...o, tabel: opties.tabel ?? o.tabel });
  const tabel = opties.tabel ?? eigen;
  const env = opties.env ?? process.env;
  const functie = env.WEGWIJS_BESLISSING_FUNCTIE;
  if (!functie) throw new Error('WEGWIJS_BESLISSING_FUNCTIE is not set');
  return {
    ...basis,
    dossiers: dynamoDossierStore(client, tabel),
    store: dynamoSociaalStore(client, tabel),
    signalen: dynamoSociaalOpslag<Signaal>(client, tabel),
    verwijzingen: dynamoSociaalOpslag<Verwijzing>(client, tabel),
    agenda: dynamoAgendaStore(client, tabel),
    vragen: dynamoSociaalOpslag<Vraag>(client, tabel),
    vragenLijst: dynamoVragenLijst(client, tabel),
    beslispunt: lambdaBeslispunt({ functie }),
    config: o.config,
  };
}
