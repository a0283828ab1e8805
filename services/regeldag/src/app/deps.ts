import type { AggregaatOpslag, BasisPoorten, PersoonDeps, SchrijfpadDeps } from '@wegwijs/lambda-kit';
import type { Dossier, Regeldag } from '../domain/typen';

/** The ports of the regeldag use cases (real defaults in handlers/deps.ts). */
export interface RegeldagDeps extends BasisPoorten, SchrijfpadDeps, PersoonDeps {
  dossiers: AggregaatOpslag<Dossier>;
  regeldagen: AggregaatOpslag<Regeldag>;
}
