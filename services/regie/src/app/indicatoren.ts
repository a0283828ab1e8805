import {
  type Indicatorset,
  isGemeenteRol,
  REGIE_MAX_MAANDEN,
  REGIE_STANDAARD_MAANDEN,
  type RegieQuery,
  type Rol,
} from '@wegwijs/contracts';
import type { RegieResponse } from '@wegwijs/contracts/api/regie-responses';
import { INDICATOREN } from '@wegwijs/contracts/events/regie-catalogus';
import { BadRequest, Forbidden, NotFound, type Principal } from '@wegwijs/lambda-kit';
import { cellenVan } from '../domain/cellen';
import { aantalMaanden, maandenTussen, maandVan, plusMaanden } from '../domain/maanden';
import { onderdruk } from '../domain/onderdrukking';
import type { RegieDeps } from './deps';

/** Who may read the regie monitor: these roles of a gemeente organisation, for the gemeenten in their token. */
export const REGIE_ROLLEN: readonly Rol[] = ['beleidsmedewerker', 'inburgeringsconsulent'];

export interface Vraag {
  gemeenten: string[];
  vanaf: string;
  tot: string;
}

/**
 * The question a request asks, checked: the gemeenten (each among the caller's, else 404: the tenancy rule; default
 * all of them), the caller's role (403) and the months (default the last 12 up to the current one; at most 24,
 * `vanaf` not after `tot`, else 400).
 */
export function vraagVan(principal: Principal, query: RegieQuery, nu: Date): Vraag {
  const gevraagd = query.gemeente ? [...new Set(query.gemeente.split(','))] : [...principal.gemeenten];
  if (gevraagd.some((g) => !principal.gemeenten.includes(g))) throw new NotFound();
  if (!isGemeenteRol(principal.rol) || !REGIE_ROLLEN.includes(principal.rol)) {
    throw new Forbidden(`The regie monitor is for a gemeente's ${REGIE_ROLLEN.join(' and ')}.`);
  }
  const tot = query.tot ?? maandVan(nu);
  const vanaf = query.vanaf ?? plusMaanden(tot, -(REGIE_STANDAARD_MAANDEN - 1));
  const maanden = aantalMaanden(vanaf, tot);
  if (maanden < 1) throw new BadRequest('vanaf must not be after tot.');
  if (maanden > REGIE_MAX_MAANDEN) throw new BadRequest(`At most ${REGIE_MAX_MAANDEN} months at a time.`);
  return { gemeenten: gevraagd.sort(), vanaf, tot };
}

/** The cells of an indicator set for the asked gemeenten and months, with small cells suppressed. */
export async function indicatoren(deps: RegieDeps, set: Indicatorset, vraag: Vraag): Promise<RegieResponse> {
  const maanden = maandenTussen(vraag.vanaf, vraag.tot);
  const metStand = INDICATOREN[set].some((d) => d.soort === 'stand');
  const ruw = [];
  for (const gemeente of vraag.gemeenten) {
    const perMaand = await deps.store.lees(gemeente, set, metStand ? undefined : vraag.vanaf, vraag.tot);
    ruw.push(...cellenVan(set, gemeente, maanden, perMaand));
  }
  return { indicatorset: set, vanaf: vraag.vanaf, tot: vraag.tot, gemeenten: vraag.gemeenten, cellen: onderdruk(ruw) };
}
