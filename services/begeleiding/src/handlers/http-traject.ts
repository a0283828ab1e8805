import { afrondingBody, begeleiderBody, dienstverlenersQuery, trajectParams, verlengingBody } from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { BESLISSERS } from '../app/toegang';
import { leesDienstverlenersformulier, leesTraject, rondAf, verleng, zetBegeleider } from '../app/traject';
import { schrijfrecht } from './routes-gedeeld';

/** The traject and the decisions on it (app/traject.ts). */
export const trajectRoutes = (deps: () => BegeleidingDeps) => ({
  'GET /v1/inburgeraars/{id}/traject': route({
    params: trajectParams,
    async handle(req) {
      return { status: 200, body: await leesTraject(deps(), req.principal, req.params.id) };
    },
  }),

  'POST /v1/inburgeraars/{id}/verlenging': route({
    body: verlengingBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    async handle(req) {
      return { status: 200, body: await verleng(deps(), req, req.body) };
    },
  }),

  'POST /v1/inburgeraars/{id}/afronding': route({
    body: afrondingBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    async handle(req) {
      return { status: 200, body: await rondAf(deps(), req, req.body) };
    },
  }),

  /** Issue 22 item 3: Roermond's form with the regular services, in the inburgeraar's language (4.3). */
  'GET /v1/inburgeraars/{id}/afronding/dienstverleners': route({
    params: trajectParams,
    query: dienstverlenersQuery,
    async handle(req) {
      const body = await leesDienstverlenersformulier(deps(), req.principal, req.params.id, req.query.taal);
      return { status: 200, body };
    },
  }),

  'PUT /v1/inburgeraars/{id}/begeleider': route({
    body: begeleiderBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    async handle(req) {
      return { status: 200, body: await zetBegeleider(deps(), req, req.body) };
    },
  }),
});
