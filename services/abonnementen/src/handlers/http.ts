import { abonnementBody, abonnementenQuery, abonnementParams, afleveringParams } from '@wegwijs/contracts';
import { type DepsBron, httpHandler, losOp, paginaVraag, route } from '@wegwijs/lambda-kit';
import { abonneer, afleveringen, beeindig, eigen, lees, lijst, opnieuw, organisatie } from '../app/abonnementen';
import type { AbonnementenDeps } from '../app/deps';
import { defaultDeps } from './deps';

/** The HTTP API of the subscriptions (API.md "Abonnementen"). */
export function createHttpHandler(bron: DepsBron<AbonnementenDeps>) {
  const deps = () => losOp(bron);
  return httpHandler({
    routes: {
      'POST /v1/abonnementen': route({
        body: abonnementBody,
        autoriseer: async ({ principal }) => organisatie(principal),
        handle: async ({ principal, body }) => ({ status: 201, body: await abonneer(deps(), principal, body) }),
      }),
      'GET /v1/abonnementen': route({
        query: abonnementenQuery,
        handle: async ({ principal, query }) => ({
          status: 200,
          body: await lijst(deps(), principal, paginaVraag(query)),
        }),
      }),
      'GET /v1/abonnementen/{id}': route({
        params: abonnementParams,
        handle: async ({ principal, params }) => ({ status: 200, body: await lees(deps(), principal, params.id) }),
      }),
      'DELETE /v1/abonnementen/{id}': route({
        params: abonnementParams,
        autoriseer: async ({ principal }) => organisatie(principal),
        handle: async ({ principal, params }) => {
          await beeindig(deps(), principal, params.id);
          return { status: 204 };
        },
      }),
      'GET /v1/abonnementen/{id}/afleveringen': route({
        params: abonnementParams,
        query: abonnementenQuery,
        handle: async ({ principal, params, query }) => ({
          status: 200,
          body: await afleveringen(deps(), principal, params.id, paginaVraag(query)),
        }),
      }),
      'POST /v1/abonnementen/{id}/afleveringen/{notificatieId}/opnieuw': route({
        params: afleveringParams,
        autoriseer: ({ principal, params }) => eigen(deps(), principal, params.id),
        handle: async ({ principal, params }) => ({
          status: 202,
          body: await opnieuw(deps(), principal, params.id, params.notificatieId),
        }),
      }),
    },
  });
}

export const handler = createHttpHandler(defaultDeps());
