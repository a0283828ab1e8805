import type { AggregaatOpslag, BasisPoorten, PersoonDeps, SchrijfpadDeps } from '@wegwijs/lambda-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';
import type { BegeleidersTelling } from '../domain/regie-begeleiders';
import type { Traject } from '../domain/traject';
import type { BegeleidingStore, GroepsactiviteitenPoort } from './poorten';

/** The ports of every begeleiding function (real defaults in handlers/deps.ts). */
export interface BegeleidingDeps extends BasisPoorten, SchrijfpadDeps, PersoonDeps {
  opslag: AggregaatOpslag<Traject>;
  /** The count of begeleiders published last (capaciteit/begeleiders, counted by the planner once a month). */
  begeleidersTelling: AggregaatOpslag<BegeleidersTelling>;
  store: BegeleidingStore;
  /** Issue 22 item 5: the group activities of the gemeenten. */
  groepen: GroepsactiviteitenPoort;
  /** The deployment: which gemeenten it serves. */
  config: DeploymentConfig;
}
