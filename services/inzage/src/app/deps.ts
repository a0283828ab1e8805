import type { Clock } from '@wegwijs/lambda-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';
import type { Persoonsbron } from '../adapters/persoonsbron';

/** The ports of the inzage (real defaults in handlers/deps.ts). */
export interface InzageDeps {
  clock: Clock;
  bron: Persoonsbron;
  config: DeploymentConfig;
}
