import { type DepsBron, losOp } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { planTrajecten } from '../app/planner';
import { defaultDeps } from './deps';

/** The scheduled planner (daily in AWS, every few minutes locally): app/planner.ts. */
export function createPlanner(bron: DepsBron<BegeleidingDeps>) {
  return async (_event?: unknown) => planTrajecten(losOp(bron));
}

export const handler = createPlanner(defaultDeps());
