import { inzageParams } from '@wegwijs/contracts';
import { type DepsBron, httpHandler, losOp, route } from '@wegwijs/lambda-kit';
import type { InzageDeps } from '../app/deps';
import { stelInzageOp } from '../app/inzage';
import { defaultDeps } from './deps';

export function createHttpHandler(bron: DepsBron<InzageDeps>) {
  return httpHandler({
    routes: {
      'GET /v1/inburgeraars/{id}/inzage': route({
        params: inzageParams,
        handle: async ({ principal, params }) => ({
          status: 200,
          body: await stelInzageOp(losOp(bron), principal, params.id),
        }),
      }),
    },
  });
}

export const handler = createHttpHandler(defaultDeps());
