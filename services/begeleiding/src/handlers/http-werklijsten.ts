import { type BegeleidingWerklijstQuery, begeleidingWerklijstQuery, type Rol } from '@wegwijs/contracts';
import { type RouteRequest, route, vandaag } from '@wegwijs/lambda-kit';
import type { Profiel } from '@wegwijs/profielen';
import { isBekend, type Traject } from '../domain/traject';
import { bellijst, caseload, nietGezien } from '../domain/werklijsten';
import type { BegeleidingDeps } from './deps';
import { BESLISSERS, UITVOERDERS, volgensRegels, werklijstToegang } from './toegang';

type Req = RouteRequest<undefined, undefined, BegeleidingWerklijstQuery>;
type Lijst = (profiel: Profiel, trajecten: readonly Traject[], dag: string) => unknown;

/** A worklist over the trajecten of the caller's own organisation in one gemeente (gsi1, no scan). */
const werklijst = (deps: () => BegeleidingDeps, rollen: readonly Rol[], lijst: Lijst) =>
  route({
    query: begeleidingWerklijstQuery,
    handle: (req: Req) =>
      volgensRegels(async () => {
        const d = deps();
        const { profiel, org } = werklijstToegang(req.principal, req.query.gemeente, rollen);
        const trajecten = (await d.store.trajectenVan(org, req.query.gemeente)).filter(isBekend);
        return { status: 200, body: lijst(profiel, trajecten, vandaag(d.clock)) };
      }),
  });

export const werklijstRoutes = (deps: () => BegeleidingDeps) => ({
  'GET /v1/begeleiding/caseload': werklijst(deps, BESLISSERS, caseload),
  'GET /v1/begeleiding/bellijst': werklijst(deps, UITVOERDERS, bellijst),
  'GET /v1/begeleiding/niet-gezien': werklijst(deps, UITVOERDERS, nietGezien),
});
