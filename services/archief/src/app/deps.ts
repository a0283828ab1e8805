import type { BasisPoorten, SchrijfpadDeps } from '@wegwijs/lambda-kit';
import type { Bewaartermijnen } from '@wegwijs/profielen';
import type { ArchiefStore } from '../adapters/store';
import type { Vernietiger } from '../adapters/vernietiger';

/** The ports of the archief's use cases (real defaults in handlers/deps.ts). */
export interface ArchiefDeps extends BasisPoorten, SchrijfpadDeps {
  store: ArchiefStore;
  vernietiger: Vernietiger;
  /** The deployment's bewaartermijnen (the shipped ones with its own in their place). */
  termijnen: Bewaartermijnen;
  /** The gemeenten of this deployment: the daily job looks at each one's index partition. */
  gemeenten: readonly string[];
}
