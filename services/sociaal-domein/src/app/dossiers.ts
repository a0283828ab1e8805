import { logger } from '@wegwijs/lambda-kit';
import type { Dossier } from '../domain/typen';
import type { SociaalDeps } from './deps';

/**
 * Keeps this context's own projection of a dossier (inburgeraarId, gemeente, assigned organisation). `versie` orders
 * the assignment events: the later one wins whatever order they arrive in.
 */
export async function wijsDossierToe(d: Pick<SociaalDeps, 'dossiers'>, dossier: Dossier, versie: string, wat: string) {
  const toegepast = await d.dossiers.wijs(dossier, versie);
  logger.info(wat, { inburgeraarId: dossier.inburgeraarId, toegepast });
}
