import { type BegeleidersFeit, logger, metBegeleiders, niets, schrijf, voerUit } from '@wegwijs/lambda-kit';
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
      // Who is assigned (BegeleidersGewijzigd, its own order) stays as it is.
      return schrijf({ ...huidig?.staat, ...dossier, orgVersie: versie }, [], true);
    },
    nieuw ? { gelezen: undefined } : undefined,
  );
  logger.info(wat, { inburgeraarId: dossier.inburgeraarId, toegepast });
}

/**
 * Who is assigned now (begeleiding's BegeleidersGewijzigd), on the same write path: the highest stand wins, in any
 * order and however often; the assignment of the organisation stays as it is. A fact before the aanmelding starts the
 * projection (no organisation yet: nobody of an organisation relates to it until the aanmelding arrives).
 */
export async function wijsBegeleidersToe(
  d: Pick<SociaalDeps, 'dossierOpslag' | 'publisher' | 'clock' | 'afleiden'>,
  meta: { inburgeraarId: string; gemeente: string },
  feit: BegeleidersFeit,
) {
  const toegepast = await voerUit(d, d.dossierOpslag, keys.dossier(meta.inburgeraarId), (huidig) => {
    const basis = huidig?.staat ?? {
      inburgeraarId: meta.inburgeraarId,
      gemeente: meta.gemeente,
      uitvoeringsorganisatie: '',
    };
    const nieuw = metBegeleiders(basis, feit);
    return nieuw ? schrijf(nieuw, [], true) : niets(false);
  });
  logger.info('begeleiders bijgewerkt', { inburgeraarId: meta.inburgeraarId, toegepast });
}
