import { logger, vandaag } from '@wegwijs/lambda-kit';
import { PROFIELEN } from '@wegwijs/profielen';
import { ulid } from 'ulid';
import { plusDagen } from '../domain/datum';
import { isBekend, type Traject } from '../domain/traject';
import { telBegeleiders } from './begeleiders-tellen';
import type { BegeleidingDeps } from './deps';
import { metFase, wijzigTraject } from './traject-werk';

export interface PlannerResultaat {
  trajecten: number;
  faseGewijzigd: number;
  mislukt: number;
}

export class PlannerFout extends Error {
  override name = 'PlannerFout';
}

/** Per gemeente with a profile, the trajecten whose next fase change falls on or before today (gsi5, in pages). */
async function* dueTrajecten(deps: BegeleidingDeps): AsyncIterable<Traject> {
  const tot = plusDagen(vandaag(deps.clock), 1);
  for (const gemeente of PROFIELEN.keys()) yield* deps.store.faseWisselDue(gemeente, tot);
}

/**
 * The scheduled planner (daily in AWS, every few minutes locally): stores and announces the fase of every traject
 * whose fase change is due (time passed), found by the index of due dates, so a run costs in proportion to the
 * trajecten due, not to all. Storing the new fase moves the traject to its next due date (or out of the index).
 * Idempotent: a second run finds nothing to do. One failing traject does not stop the run; the run then fails at the
 * end. (Pending events are the relay's job.)
 */
export async function planTrajecten(deps: BegeleidingDeps): Promise<PlannerResultaat> {
  const correlationId = ulid();
  const resultaat: PlannerResultaat = { trajecten: 0, faseGewijzigd: 0, mislukt: 0 };
  for await (const traject of dueTrajecten(deps)) {
    if (!isBekend(traject)) continue;
    resultaat.trajecten++;
    try {
      let gewijzigd = false;
      await wijzigTraject(deps, traject, { correlationId }, (huidig) => {
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
  try {
    // Once a month: capaciteit/begeleiders for regie (distinct begeleiders, which no traject's own write can count).
    if (await telBegeleiders(deps, correlationId)) logger.info('begeleiders counted for regie');
  } catch (e) {
    resultaat.mislukt++;
    logger.error('counting begeleiders failed', { errorName: e instanceof Error ? e.name : 'Error' });
  }
  logger.info('planner ran', { ...resultaat });
  if (resultaat.mislukt > 0) throw new PlannerFout(`${resultaat.mislukt} traject(en) failed`);
  return resultaat;
}
