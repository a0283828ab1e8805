import { inburgeraarParams, inburgeraarsQuery } from '@wegwijs/contracts';
import {
  BadRequest,
  Forbidden,
  isGemeenteMedewerker,
  isUitvoeringMedewerker,
  NotFound,
  route,
} from '@wegwijs/lambda-kit';
import { OngeldigeCursor } from '../adapters/inburgeraar-store';
import type { AanmeldingDeps } from './deps';
import { weergaveVoor } from './gedeeld';
import { relatieOf404, vereisGemeente } from './toegang';

export { inburgeraarParams };

const STANDAARD_LIMIT = 100;

/** `GET /v1/inburgeraars/{id}`: gemeente roles of that gemeente, the assigned organisation, the inburgeraar. */
export const lees = (deps: AanmeldingDeps) =>
  route({
    params: inburgeraarParams,
    async handle({ principal, params }) {
      const opgeslagen = await deps.store().haal(params.id);
      if (!opgeslagen) throw new NotFound();
      const relatie = relatieOf404(principal, opgeslagen.inburgeraar);
      return { status: 200, body: weergaveVoor(deps, principal, relatie, opgeslagen.inburgeraar) };
    },
  });

/**
 * `GET /v1/inburgeraars?gemeente=`: gemeente roles see every inburgeraar of their gemeente, staff of an organisation
 * those assigned to it. Never persoon details.
 */
export const lijst = (deps: AanmeldingDeps) =>
  route({
    query: inburgeraarsQuery,
    async handle({ principal, query }) {
      vereisGemeente(principal, query.gemeente, deps.config().gemeenten);
      let org: string | undefined;
      if (isUitvoeringMedewerker(principal) && principal.org) org = principal.org;
      else if (!isGemeenteMedewerker(principal)) throw new Forbidden('This list is for gemeente and uitvoering staff.');
      try {
        const pagina = await deps.store().perGemeente(query.gemeente, {
          limit: query.limit ? Number(query.limit) : STANDAARD_LIMIT,
          ...(org ? { org } : {}),
          ...(query.cursor ? { cursor: query.cursor } : {}),
        });
        const relatie = org ? 'uitvoering' : 'gemeente';
        return {
          status: 200,
          body: {
            items: pagina.items.map((i) => weergaveVoor(deps, principal, relatie, i, false)),
            ...(pagina.volgende ? { volgende: pagina.volgende } : {}),
          },
        };
      } catch (e) {
        if (e instanceof OngeldigeCursor) throw new BadRequest('The cursor is not valid for this list.');
        throw e;
      }
    },
  });
