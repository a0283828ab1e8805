import { type DepsBron, losOp } from '@wegwijs/lambda-kit';
import { dagelijks } from '../app/dagelijks';
import type { ArchiefDeps } from '../app/deps';
import { defaultDeps } from './deps';

/** The daily job (a schedule in AWS; locally at start, every few minutes and on `POST /dev/planner`). */
export function createPlanner(bron: DepsBron<ArchiefDeps>) {
  return async (_event?: unknown) => dagelijks(losOp(bron));
}

export const handler = createPlanner(defaultDeps());
