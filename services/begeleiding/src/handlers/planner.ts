import { logger } from '@wegwijs/lambda-kit';
import { ulid } from 'ulid';
import { isBekend } from '../domain/traject';
import { type BegeleidingDeps, lazyDeps } from './deps';
import { metFase, publiceerUitgaand, wijzigTraject } from './traject-werk';

export interface PlannerResultaat {
  trajecten: number;
  faseGewijzigd: number;
  gepubliceerd: number;
  mislukt: number;
}

export class PlannerFout extends Error {
  override name = 'PlannerFout';
}

/**
 * The scheduled planner (daily in AWS, every few minutes locally): stores and announces the fase of every traject
 * whose computed fase differs from the stored one (time passed), and publishes every event still pending. Idempotent:
 * a second run finds nothing to do. One failing traject does not stop the run; the run then fails at the end.
 */
export async function planTrajecten(deps: BegeleidingDeps): Promise<PlannerResultaat> {
  const correlationId = ulid();
  const resultaat: PlannerResultaat = { trajecten: 0, faseGewijzigd: 0, gepubliceerd: 0, mislukt: 0 };
  for await (const item of deps.store.scan()) {
    try {
      let uitgaand = item.uitgaand;
      const opgeslagen = item.traject;
      if (opgeslagen && isBekend(opgeslagen.traject)) {
        resultaat.trajecten++;
        const { inburgeraarId, gemeente } = opgeslagen.traject;
        let gewijzigd = false;
        const na = await wijzigTraject(deps, { inburgeraarId, gemeente }, (huidig) => {
          if (!huidig) return undefined;
          const w = metFase(deps, { traject: huidig, events: [] }, { correlationId });
          gewijzigd = w.events.length > 0;
          return gewijzigd ? w : undefined;
        });
        if (gewijzigd) resultaat.faseGewijzigd++;
        uitgaand = na?.uitgaand ?? uitgaand;
      }
      resultaat.gepubliceerd += await publiceerUitgaand(deps, item.sleutel, uitgaand);
    } catch (e) {
      resultaat.mislukt++;
      logger.error('planner failed for an item', {
        pk: item.sleutel.pk,
        errorName: e instanceof Error ? e.name : 'Error',
      });
    }
  }
  logger.info('planner ran', { ...resultaat });
  if (resultaat.mislukt > 0) throw new PlannerFout(`${resultaat.mislukt} item(s) failed`);
  return resultaat;
}

export function createPlanner(gegeven: Partial<BegeleidingDeps> = {}) {
  const deps = lazyDeps(gegeven);
  return async (_event?: unknown) => planTrajecten(deps());
}

export const handler = createPlanner();
