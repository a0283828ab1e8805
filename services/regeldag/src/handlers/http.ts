import { type DepsBron, httpHandler } from '@wegwijs/lambda-kit';
import type { RegeldagDeps } from '../app/deps';
import { defaultDeps } from './deps';
import { lees, plan, rondAf, werkBij } from './routes';

/** The HTTP API of the regeldag context (routes in @wegwijs/contracts `REGELDAG_ROUTES`). */
export function createHttpHandler(deps: DepsBron<RegeldagDeps>) {
  return httpHandler({
    routes: {
      'POST /v1/inburgeraars/{id}/regeldag': plan(deps),
      'GET /v1/inburgeraars/{id}/regeldag': lees(deps),
      'PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}': werkBij(deps),
      'POST /v1/inburgeraars/{id}/opstartfase/afronding': rondAf(deps),
    },
  });
}

export const handler = createHttpHandler(defaultDeps());
