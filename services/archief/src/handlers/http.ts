import {
  padId,
  type UitstelBody,
  uitstelBody,
  type VerwijderingBody,
  vernietigingslijstQuery,
  vernietigingsverslagenQuery,
  verwijderingBody,
} from '@wegwijs/contracts';
import { type DepsBron, httpHandler, losOp, paginaVraag, type RouteRequest, route } from '@wegwijs/lambda-kit';
import * as z from 'zod/mini';
import type { ArchiefDeps } from '../app/deps';
import { vernietigingslijst, vernietigingsverslagen } from '../app/lijsten';
import { laadPersoon } from '../app/toegang';
import { akkoord, stelUit, verwijder } from '../app/vernietigen';
import { defaultDeps } from './deps';

const lijstParams = z.strictObject({ inburgeraarId: padId() });
const inburgeraarParams = z.strictObject({ id: padId() });
type Lijst = z.infer<typeof lijstParams>;
type Inburgeraar = z.infer<typeof inburgeraarParams>;
type Query = z.infer<typeof vernietigingslijstQuery>;

/** The HTTP API of the archief (issue 19): the vernietigingslijst, its approvals and postponements, erasure. */
export function createHttpHandler(bron: DepsBron<ArchiefDeps>) {
  const deps = () => losOp(bron);
  return httpHandler({
    routes: {
      'GET /v1/vernietigingslijst': route({
        query: vernietigingslijstQuery,
        handle: async (req: RouteRequest<undefined, undefined, Query>) => ({
          status: 200,
          body: await vernietigingslijst(deps(), req.principal, req.query.gemeente, paginaVraag(req.query)),
        }),
      }),
      'POST /v1/vernietigingslijst/{inburgeraarId}/akkoord': route({
        params: lijstParams,
        autoriseer: (req: RouteRequest<undefined, Lijst, undefined>) =>
          laadPersoon(deps(), req.principal, req.params.inburgeraarId, ['informatiebeheerder']),
        handle: async (req: RouteRequest<undefined, Lijst, undefined>) => ({
          status: 202,
          body: { verslagId: await akkoord(deps(), req.principal, req.params.inburgeraarId) },
        }),
      }),
      'POST /v1/vernietigingslijst/{inburgeraarId}/uitstel': route({
        params: lijstParams,
        body: uitstelBody,
        autoriseer: (req: RouteRequest<UitstelBody, Lijst, undefined>) =>
          laadPersoon(deps(), req.principal, req.params.inburgeraarId, ['informatiebeheerder']),
        handle: async (req: RouteRequest<UitstelBody, Lijst, undefined>) => ({
          status: 200,
          body: await stelUit(deps(), req.principal, req.params.inburgeraarId, req.body),
        }),
      }),
      'GET /v1/vernietigingsverslagen': route({
        query: vernietigingsverslagenQuery,
        handle: async (req: RouteRequest<undefined, undefined, Query>) => ({
          status: 200,
          body: await vernietigingsverslagen(deps(), req.principal, req.query.gemeente, paginaVraag(req.query)),
        }),
      }),
      'POST /v1/inburgeraars/{id}/verwijdering': route({
        params: inburgeraarParams,
        body: verwijderingBody,
        autoriseer: (req: RouteRequest<VerwijderingBody, Inburgeraar, undefined>) =>
          laadPersoon(deps(), req.principal, req.params.id, ['inburgeringsconsulent']),
        // The toelichting is free text: it is not kept (the verslag holds no personal data).
        handle: async (req: RouteRequest<VerwijderingBody, Inburgeraar, undefined>) => ({
          status: 202,
          body: { verslagId: await verwijder(deps(), req.principal, req.params.id, req.body.reden) },
        }),
      }),
    },
  });
}

export const handler = createHttpHandler(defaultDeps());
