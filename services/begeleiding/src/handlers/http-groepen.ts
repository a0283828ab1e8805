import {
  groepsaanwezigheidBody,
  groepsactiviteitBody,
  groepsactiviteitenParams,
  groepsactiviteitenQuery,
  groepsinschrijvingParams,
  inschrijvingBody,
  planLijstQuery,
  trajectParams,
} from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import {
  groepsactiviteiten,
  groepsinschrijvingen,
  legGroepsaanwezigheidVast,
  organiseer,
  schrijfInVoor,
  vereisOrganisator,
} from '../app/groepen';
import { UITVOERDERS } from '../app/toegang';
import { schrijfrecht } from './routes-gedeeld';

/** Group activities per gemeente, enrolment and attendance per inburgeraar (issue 22 item 5; app/groepen.ts). */
export const groepRoutes = (deps: () => BegeleidingDeps) => ({
  'POST /v1/gemeenten/{cbs}/groepsactiviteiten': route({
    body: groepsactiviteitBody,
    params: groepsactiviteitenParams,
    autoriseer: (req) => vereisOrganisator(deps(), req.principal, req.params.cbs),
    async handle(req) {
      return { status: 201, body: await organiseer(deps(), req.principal, req.params.cbs, req.body) };
    },
  }),

  'GET /v1/gemeenten/{cbs}/groepsactiviteiten': route({
    params: groepsactiviteitenParams,
    query: groepsactiviteitenQuery,
    async handle(req) {
      return { status: 200, body: await groepsactiviteiten(deps(), req.principal, req.params.cbs, req.query) };
    },
  }),

  'POST /v1/inburgeraars/{id}/groepsactiviteiten': route({
    body: inschrijvingBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return { status: 201, body: await schrijfInVoor(deps(), req, req.body) };
    },
  }),

  'GET /v1/inburgeraars/{id}/groepsactiviteiten': route({
    params: trajectParams,
    query: planLijstQuery,
    async handle(req) {
      return { status: 200, body: await groepsinschrijvingen(deps(), req.principal, req.params.id, req.query) };
    },
  }),

  'PUT /v1/inburgeraars/{id}/groepsactiviteiten/{activiteitId}/aanwezigheid': route({
    body: groepsaanwezigheidBody,
    params: groepsinschrijvingParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return {
        status: 200,
        body: await legGroepsaanwezigheidVast(deps(), req, req.params.activiteitId, req.body),
      };
    },
  }),
});
