import type { Clock } from '@wegwijs/lambda-kit';
import type { AbonnementenStore } from '../adapters/store';
import type { CallbackBeleid } from '../domain/callback';

/** The ports of the abonnementen's use cases (real defaults in handlers/deps.ts). */
export interface AbonnementenDeps {
  store: AbonnementenStore;
  clock: Clock;
  nieuwId: () => string;
  /** Every address a host name resolves to (an IP literal: itself); empty when it does not resolve. */
  zoekOp: (host: string) => Promise<string[]>;
  /** POSTs a notification; answers the HTTP status, or undefined when no answer came (refused, timeout). */
  verstuur: (url: string, body: string, headers: Record<string, string>) => Promise<number | undefined>;
  beleid: CallbackBeleid;
  /** The deployment's own url: the origin of every resource URL a notification names. */
  basisUrl: string;
}
