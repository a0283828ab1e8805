import {
  type Indicatorset,
  isGemeenteRol,
  REGIE_MAX_MAANDEN,
  REGIE_STANDAARD_MAANDEN,
  type RegiePeriode,
  type RegieQuery,
  type Rol,
} from '@wegwijs/contracts';
import type { RegieResponse } from '@wegwijs/contracts/api/regie-responses';
import { BadRequest, Forbidden, NotFound, type Principal } from '@wegwijs/lambda-kit';
import { cellenVan } from '../domain/cellen';
import { maandVan, plusMaanden } from '../domain/maanden';
import { periodenTussen } from '../domain/perioden';
import { totaalVan } from '../domain/totaal';
import type { RegieDeps } from './deps';

/** Who may read the regie monitor: these roles of a gemeente organisation, for the gemeenten in their token. */
export const REGIE_ROLLEN: readonly Rol[] = ['beleidsmedewerker', 'inburgeringsconsulent'];

export interface Vraag {
  gemeenten: string[];
  periode: RegiePeriode;
  /** Widened to whole periods. */
  vanaf: string;
  tot: string;
}

/**
 * The question a request asks, checked: the gemeenten (each among the caller's, else 404: the tenancy rule; default
 * all of them), the caller's role (403) and the months (default the last 12 up to the current one, `vanaf` not after
 * `tot`), widened to whole periods of the asked kind (default months): at most 24 periods, else 400.
 */
export function vraagVan(principal: Principal, query: RegieQuery, nu: Date): Vraag {
  const gevraagd = query.gemeente ? [...new Set(query.gemeente.split(','))] : [...principal.gemeenten];
  if (gevraagd.some((g) => !principal.gemeenten.includes(g))) throw new NotFound();
  if (!isGemeenteRol(principal.rol) || !REGIE_ROLLEN.includes(principal.rol)) {
    throw new Forbidden(`The regie monitor is for a gemeente's ${REGIE_ROLLEN.join(' and ')}.`);
  }
  const tot = query.tot ?? maandVan(nu);
  const vanaf = query.vanaf ?? plusMaanden(tot, -(REGIE_STANDAARD_MAANDEN - 1));
  if (vanaf > tot) throw new BadRequest('vanaf mag niet na tot liggen.');
  const periode = query.periode ?? 'maand';
  const perioden = periodenTussen(periode, vanaf, tot);
  if (perioden.length > REGIE_MAX_MAANDEN) {
    throw new BadRequest(`Ten hoogste ${REGIE_MAX_MAANDEN} perioden tegelijk.`);
  }
  const eerste = perioden[0] as { vanaf: string };
  const laatste = perioden[perioden.length - 1] as { tot: string };
  return { gemeenten: gevraagd.sort(), periode, vanaf: eerste.vanaf, tot: laatste.tot };
}

/**
 * The cells of an indicator set for the asked gemeenten and periods, every count rounded through its running total
 * (so every month up to `tot` is read), with the total of the gemeenten when more than one is asked.
 */
export async function indicatoren(deps: RegieDeps, set: Indicatorset, vraag: Vraag): Promise<RegieResponse> {
  const perioden = periodenTussen(vraag.periode, vraag.vanaf, vraag.tot);
  const cellen = [];
  for (const gemeente of vraag.gemeenten) {
    const perMaand = await deps.store.lees(gemeente, set, undefined, vraag.tot);
    cellen.push(...cellenVan(set, gemeente, perioden, perMaand));
  }
  if (vraag.gemeenten.length > 1) cellen.push(...totaalVan(cellen));
  const { periode, vanaf, tot, gemeenten } = vraag;
  return { indicatorset: set, periode, vanaf, tot, gemeenten, cellen };
}
