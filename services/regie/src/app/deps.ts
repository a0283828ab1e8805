import type { BasisPoorten, SchrijfpadDeps } from '@wegwijs/lambda-kit';
import type { RegieStore } from '../adapters/store';

/** The ports of the regie use cases (real defaults in handlers/deps.ts). */
export interface RegieDeps extends BasisPoorten, SchrijfpadDeps {
  store: RegieStore;
}
