import type { InburgeraarResponse, InburgeraarsQuery } from '@wegwijs/contracts';
import {
  ALLEEN_TOEGEWEZEN,
  Forbidden,
  isGemeenteMedewerker,
  isUitvoeringMedewerker,
  metVolgende,
  NotFound,
  type Principal,
  paginaVraag,
} from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from './deps';
import { sleutel, weergaveVoor } from './gedeeld';
import { relatieOf404, vereisGemeente } from './toegang';

/** Gemeente roles of that gemeente, the assigned organisation, the inburgeraar; 404 for anyone else. */
export async function leesInburgeraar(
  deps: AanmeldingDeps,
  principal: Principal,
  inburgeraarId: string,
): Promise<InburgeraarResponse> {
  const geladen = await deps.opslag.laad(sleutel(inburgeraarId));
  if (!geladen) throw new NotFound();
  return weergaveVoor(deps, principal, relatieOf404(principal, geladen.staat), geladen.staat);
}

/**
 * Gemeente roles see every inburgeraar of their gemeente, staff of an organisation those assigned to it. Never persoon
 * details.
 */
export async function lijstInburgeraars(deps: AanmeldingDeps, principal: Principal, query: InburgeraarsQuery) {
  vereisGemeente(principal, query.gemeente, deps.config.gemeenten);
  let org: string | undefined;
  if (isUitvoeringMedewerker(principal) && principal.org) org = principal.org;
  else if (!isGemeenteMedewerker(principal)) throw new Forbidden('This list is for gemeente and uitvoering staff.');
  // A vrijwilliger sees only the inburgeraars assigned to them (API.md need to know).
  const begeleider = org && ALLEEN_TOEGEWEZEN.includes(principal.rol) ? principal.sub : undefined;
  const pagina = await deps.lijst.perGemeente(query.gemeente, {
    ...paginaVraag(query),
    ...(org ? { org } : {}),
    ...(begeleider ? { begeleider } : {}),
  });
  const relatie = org ? 'uitvoering' : 'gemeente';
  return metVolgende(
    { items: pagina.items.map((i) => weergaveVoor(deps, principal, relatie, i, false)) },
    pagina.volgende,
  );
}
