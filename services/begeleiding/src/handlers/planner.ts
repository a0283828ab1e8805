import { logger } from '@wegwijs/lambda-kit';
import { ulid } from 'ulid';
import { metFase, wijzigTraject } from '../app/traject-werk';
import { isBekend } from '../domain/traject';
import { type BegeleidingDeps, lazyDeps } from './deps';

export interface PlannerResultaat {
  trajecten: number;
  faseGewijzigd: number;
  mislukt: number;
}

export class PlannerFout extends Error {
  override name = 'PlannerFout';
}

/**
 * The scheduled planner (daily in AWS, every few minutes locally): stores and announces the fase of every traject
 * whose computed fase differs from the stored one (time passed). Idempotent: a second run finds nothing to do. One
 * failing traject does not stop the run; the run then fails at the end. (Pending events are the relay's job.)
 */
export async function planTrajecten(deps: BegeleidingDeps): Promise<PlannerResultaat> {
  const correlationId = ulid();
  const resultaat: PlannerResultaat = { trajecten: 0, faseGewijzigd: 0, mislukt: 0 };
  for await (const traject of deps.store.trajecten()) {
    if (!isBekend(traject)) continue;
    resultaat.trajecten++;
    try {
      let gewijzigd = false;
      await wijzigTraject(deps, traject, (huidig) => {
        if (!huidig) return undefined;
        const w = metFase(deps, { traject: huidig, events: [] }, { correlationId });
        gewijzigd = w.events.length > 0;
        return gewijzigd ? w : undefined;
      });
      if (gewijzigd) resultaat.faseGewijzigd++;
    } catch (e) {
      resultaat.mislukt++;
      logger.error('planner failed for a traject', {
        inburgeraarId: traject.inburgeraarId,
        errorName: e instanceof Error ? e.name : 'Error',
      });
    }
  }
  logger.info('planner ran', { ...resultaat });
  if (resultaat.mislukt > 0) throw new PlannerFout(`${resultaat.mislukt} traject(en) failed`);
  return resultaat;
}

export function createPlanner(gegeven: Partial<BegeleidingDeps> = {}) {
  const deps = lazyDeps(gegeven);
  return async (_event?: unknown) => planTrajecten(deps());
}

export const handler = createPlanner();
