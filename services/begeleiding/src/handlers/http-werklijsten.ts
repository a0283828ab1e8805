import { type BegeleidingWerklijstQuery, begeleidingWerklijstQuery, type Rol } from '@wegwijs/contracts';
import { metVolgende, paginaVraag, type RouteRequest, route, vandaag } from '@wegwijs/lambda-kit';
import type { Profiel } from '@wegwijs/profielen';
import type { Werklijst } from '../adapters/keys';
import type { BegeleidingDeps } from '../app/deps';
import { plusDagen } from '../domain/datum';
import { isBekend, type Traject } from '../domain/traject';
import { bellijst, caseload, nietGezien } from '../domain/werklijsten';
import { BESLISSERS, UITVOERDERS, volgensRegels, werklijstToegang } from './toegang';

type Req = RouteRequest<undefined, undefined, BegeleidingWerklijstQuery>;
type Lijst = (profiel: Profiel, trajecten: readonly Traject[], dag: string) => object;

/**
 * A worklist over the trajecten of the caller's own organisation in one gemeente, one page at a time: one Query of
 * the list's own index (only trajecten on the list by today), the day's rule applied to that page.
 */
const werklijst = (deps: () => BegeleidingDeps, rollen: readonly Rol[], naam: Werklijst, lijst: Lijst) =>
  route({
    query: begeleidingWerklijstQuery,
    handle: (req: Req) =>
      volgensRegels(async () => {
        const d = deps();
        const { profiel, org } = werklijstToegang(d, req.principal, req.query.gemeente, rollen);
        const dag = vandaag(d.clock);
        lijst(profiel, [], dag); // a list the profile does not keep answers its 422 before anything is read
        const pagina = await d.store.werklijstPagina(naam, {
          org,
          gemeente: req.query.gemeente,
          ...(naam === 'caseload' ? {} : { tot: plusDagen(dag, 1) }),
          ...paginaVraag(req.query),
        });
        const body = lijst(profiel, pagina.trajecten.filter(isBekend), dag);
        return { status: 200, body: metVolgende(body, pagina.volgende) };
      }),
  });

export const werklijstRoutes = (deps: () => BegeleidingDeps) => ({
  'GET /v1/begeleiding/caseload': werklijst(deps, BESLISSERS, 'caseload', caseload),
  'GET /v1/begeleiding/bellijst': werklijst(deps, UITVOERDERS, 'bellijst', bellijst),
  'GET /v1/begeleiding/niet-gezien': werklijst(deps, UITVOERDERS, 'nietGezien', nietGezien),
});
