import { begeleidingsplanBody, evaluatieBody, trajectParams } from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { evalueerPlan, leesPlan, stelPlanVast } from '../app/plan';
import { UITVOERDERS } from '../app/toegang';
import { schrijfrecht } from './routes-gedeeld';

/** The begeleidingsplan (issue 12; app/plan.ts): set, read, evaluated. */
export const planRoutes = (deps: () => BegeleidingDeps) => ({
  'PUT /v1/inburgeraars/{id}/begeleidingsplan': route({
    body: begeleidingsplanBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return { status: 200, body: await stelPlanVast(deps(), req, req.body) };
    },
  }),

  'GET /v1/inburgeraars/{id}/begeleidingsplan': route({
    params: trajectParams,
    async handle(req) {
      return { status: 200, body: await leesPlan(deps(), req.principal, req.params.id) };
    },
  }),

  'POST /v1/inburgeraars/{id}/begeleidingsplan/evaluaties': route({
    body: evaluatieBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return { status: 201, body: await evalueerPlan(deps(), req, req.body) };
    },
  }),
});
