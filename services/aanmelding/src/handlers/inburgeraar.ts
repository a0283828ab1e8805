import { inburgeraarParams, inburgeraarsQuery } from '@wegwijs/contracts';
import { type DepsBron, losOp, route } from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from '../app/deps';
import { leesInburgeraar, lijstInburgeraars } from '../app/lezen';

export { inburgeraarParams };

/** `GET /v1/inburgeraars/{id}`. */
export const lees = (bron: DepsBron<AanmeldingDeps>) =>
  route({
    params: inburgeraarParams,
    async handle({ principal, params }) {
      return { status: 200, body: await leesInburgeraar(losOp(bron), principal, params.id) };
    },
  });

/** `GET /v1/inburgeraars?gemeente=`. */
export const lijst = (bron: DepsBron<AanmeldingDeps>) =>
  route({
    query: inburgeraarsQuery,
    async handle({ principal, query }) {
      return { status: 200, body: await lijstInburgeraars(losOp(bron), principal, query) };
    },
  });
