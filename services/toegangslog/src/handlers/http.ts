import { signaleringenQuery, toegangslogQuery } from '@wegwijs/contracts';
import { type DepsBron, httpHandler, losOp, route } from '@wegwijs/lambda-kit';
import type { ToegangslogDeps } from '../app/deps';
import { leesSignaleringen, leesToegangslog } from '../app/lezen';
import { defaultDeps } from './deps';

/** The HTTP API of the access log (API.md "Access log"). */
export function createHttpHandler(bron: DepsBron<ToegangslogDeps>) {
  const deps = () => losOp(bron);
  return httpHandler({
    routes: {
      'GET /v1/toegangslog': route({
        query: toegangslogQuery,
        handle: async ({ principal, query }) => ({
          status: 200,
          body: await leesToegangslog(deps(), principal, query),
        }),
      }),
      'GET /v1/toegangslog/signaleringen': route({
        query: signaleringenQuery,
        handle: async ({ principal, query }) => ({
          status: 200,
          body: await leesSignaleringen(deps(), principal, query),
        }),
      }),
    },
  });
}

export const handler = createHttpHandler(defaultDeps());
