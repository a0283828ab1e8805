import {
  type PersoonInzageAntwoord,
  type PersoonRecord,
  type PersoonVernietigAntwoord,
  persoonVerzoek,
  type VernietigFase,
} from '@wegwijs/contracts';
import { type DepsBron, losOp } from './deps';
import { logger } from './logger';

/** A context's use cases behind its `persoon` function. */
export interface PersoonUseCases<D> {
  inzage(deps: D, inburgeraarId: string): Promise<PersoonRecord[]>;
  vernietig(
    deps: D,
    inburgeraarId: string,
    opdracht: { verslagId: string; fase?: VernietigFase | undefined },
  ): Promise<{ vernietigdOp: string }>;
}

/**
 * The `persoon` function of a context (Lambda Invoke, RequestResponse): `{ actie: 'inzage' }` answers `{ items }`,
 * `{ actie: 'vernietig' }` answers `{ vernietigdOp }`. A malformed request throws (a function error for the caller).
 * Logs ids only.
 */
export function persoonFunctie<D extends object>(bron: DepsBron<D>, useCases: PersoonUseCases<D>) {
  return async (payload: unknown): Promise<PersoonInzageAntwoord | PersoonVernietigAntwoord> => {
    const verzoek = persoonVerzoek.parse(payload);
    logger.resetKeys();
    if (verzoek.actie === 'inzage') {
      const items = await useCases.inzage(losOp(bron), verzoek.inburgeraarId);
      logger.info('inzage', { inburgeraarId: verzoek.inburgeraarId, aantal: items.length });
      return { items };
    }
    const { inburgeraarId, verslagId, fase } = verzoek;
    const antwoord = await useCases.vernietig(losOp(bron), inburgeraarId, { verslagId, fase });
    logger.info('vernietigd', { verslagId, fase });
    return antwoord;
  };
}
