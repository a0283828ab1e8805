import { logger, niets, schrijf, voerUit } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Dossier } from '../domain/typen';
import type { SociaalDeps } from './deps';

/**
 * Keeps this context's own projection of a dossier (inburgeraarId, gemeente, assigned organisation) on the kit's one
 * write path. `versie` orders the assignment events: the later one wins whatever order they arrive in, and an equal or
 * older one changes nothing (a repeated delivery included). A registration is usually new: its first attempt writes
 * without a read (a dossier already there fails the condition, is read, and decided on).
 */
export async function wijsDossierToe(
  d: Pick<SociaalDeps, 'dossierOpslag' | 'publisher' | 'clock' | 'afleiden'>,
  dossier: Dossier,
  versie: string,
  wat: string,
  nieuw = false,
) {
  const toegepast = await voerUit(
    d,
    d.dossierOpslag,
    keys.dossier(dossier.inburgeraarId),
    (huidig) => {
      const vorige = huidig?.staat.orgVersie;
      if (vorige !== undefined && vorige >= versie) return niets(false);
      return schrijf({ ...dossier, orgVersie: versie }, [], true);
    },
    nieuw ? { gelezen: undefined } : undefined,
  );
  logger.info(wat, { inburgeraarId: dossier.inburgeraarId, toegepast });
}
