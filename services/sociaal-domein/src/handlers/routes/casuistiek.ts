import {
  agendaParams,
  agendapuntBody,
  agendapuntParams,
  agendapuntUitkomstBody,
  agendaQuery,
} from '@wegwijs/contracts';
import { paginaVraag, route } from '@wegwijs/lambda-kit';
import { brengIn, deelname, leesAgenda, legUitkomstVast } from '../../app/casuistiek';
import type { SociaalDeps } from '../../app/deps';

/** `POST /v1/casuistiekoverleg/{cbs}/agenda`: the assigned begeleider puts a case forward. */
export const agendapuntRoute = (deps: () => SociaalDeps) =>
  route({
    body: agendapuntBody,
    params: agendaParams,
    autoriseer: async ({ principal, params: { cbs } }) => deelname(deps(), principal, cbs, 'uitvoering'),
    async handle({ principal, body, params: { cbs } }) {
      const punt = await brengIn(deps(), principal, cbs, body);
      return {
        status: 201,
        body: { agendapuntId: punt.agendapuntId, inburgeraarId: punt.inburgeraarId, datum: punt.datum },
      };
    },
  });

/** `GET /v1/casuistiekoverleg/{cbs}/agenda?datum=`: each participant sees what consent allows. */
export const agendaRoute = (deps: () => SociaalDeps) =>
  route({
    params: agendaParams,
    query: agendaQuery,
    async handle({ principal, params: { cbs }, query, correlationId }) {
      const agenda = await leesAgenda(deps(), principal, cbs, query.datum, paginaVraag(query), correlationId);
      return { status: 200, body: agenda };
    },
  });

/** `PUT /v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst`: what the overleg decided, and any opschaling. */
export const uitkomstRoute = (deps: () => SociaalDeps) =>
  route({
    params: agendapuntParams,
    body: agendapuntUitkomstBody,
    autoriseer: async ({ principal, params: { cbs } }) => deelname(deps(), principal, cbs),
    async handle({ principal, body, params: { cbs, agendapuntId } }) {
      return { status: 200, body: await legUitkomstVast(deps(), principal, cbs, agendapuntId, body) };
    },
  });
