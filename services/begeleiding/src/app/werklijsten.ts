import type { BegeleidingWerklijstQuery, Rol } from '@wegwijs/contracts';
import { metVolgende, type Principal, paginaVraag, vandaag, zietDossier } from '@wegwijs/lambda-kit';
import type { Profiel } from '@wegwijs/profielen';
import type { Werklijst } from '../adapters/keys';
import { begeleiderIds } from '../domain/begeleiders';
import { plusDagen } from '../domain/datum';
import { isBekend, type Traject } from '../domain/traject';
import type { BegeleidingDeps } from './deps';
import { volgensRegels, werklijstToegang } from './toegang';

export type { Werklijst };
export type Lijst = (profiel: Profiel, trajecten: readonly Traject[], dag: string) => object;

/**
 * A worklist over the trajecten of the caller's own organisation in one gemeente, one page at a time: one Query of
 * the list's own index (only trajecten on the list by today), the day's rule applied to that page.
 */
export function leesWerklijst(
  deps: BegeleidingDeps,
  principal: Principal,
  query: BegeleidingWerklijstQuery,
  rollen: readonly Rol[],
  naam: Werklijst,
  lijst: Lijst,
) {
  return volgensRegels(async () => {
    const { profiel, org } = werklijstToegang(deps, principal, query.gemeente, rollen);
    const dag = vandaag(deps.clock);
    lijst(profiel, [], dag); // a list the profile does not keep answers its 422 before anything is read
    const pagina = await deps.store.werklijstPagina(naam, {
      org,
      gemeente: query.gemeente,
      ...(naam === 'caseload' ? {} : { tot: plusDagen(dag, 1) }),
      ...paginaVraag(query),
    });
    // A vrijwilliger sees only the inburgeraars assigned to them (API.md need to know): the rest of the page is left out.
    const eigen = pagina.trajecten
      .filter(isBekend)
      .filter((t) => zietDossier(principal, { begeleiders: begeleiderIds(t) }));
    const body = lijst(profiel, eigen, dag);
    return metVolgende(body, pagina.volgende);
  });
}
