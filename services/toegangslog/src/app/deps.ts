import type { BasisPoorten, PersoonDeps } from '@wegwijs/lambda-kit';
import type { ToegangslogStore } from '../adapters/store';

/** The ports of the access log's use cases (real defaults in handlers/deps.ts). */
export interface ToegangslogDeps extends BasisPoorten, PersoonDeps {
  store: ToegangslogStore;
  /** The deployment's settings: the signalering threshold and the bewaartermijn. */
  instellingen: { drempelDossiersPerUur: number; bewaarDagen: number };
}
