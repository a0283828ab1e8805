import { type DepsBron, logger, losOp } from '@wegwijs/lambda-kit';
import { bezorgTeDoen } from '../app/afleveren';
import type { AbonnementenDeps } from '../app/deps';
import { defaultDeps } from './deps';

/**
 * The delivery sweep: attempts every delivery whose next attempt is due by the clock (every minute in AWS; locally
 * with the other planners, and at `POST /dev/planner`, so a test walks the back-off with `POST /dev/klok`).
 */
export function createPlanner(bron: DepsBron<AbonnementenDeps>) {
  return async (_event?: unknown) => {
    const pogingen = await bezorgTeDoen(losOp(bron));
    logger.info('afleveringen', { pogingen });
    return { pogingen };
  };
}

export const handler = createPlanner(defaultDeps());
