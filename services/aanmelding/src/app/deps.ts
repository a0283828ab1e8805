import type { AggregaatOpslag, BasisPoorten, PersoonDeps, SchrijfpadDeps } from '@wegwijs/lambda-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';
import type { InburgeraarLijst } from '../adapters/opslag';
import type { OverdrachtPoort } from '../adapters/overdracht';
import type { Inburgeraar } from '../domain/inburgeraar';

/** The ports of the aanmelding use cases (real defaults in handlers/deps.ts). */
export interface AanmeldingDeps extends BasisPoorten, SchrijfpadDeps, PersoonDeps {
  opslag: AggregaatOpslag<Inburgeraar>;
  lijst: InburgeraarLijst;
  config: DeploymentConfig;
  /** Moves between deployments (issue 23): sends and verifies the signed hand-over. */
  overdracht: OverdrachtPoort;
}
