import { INDICATOREN } from '@wegwijs/contracts/events/regie-catalogus';
import type { MedewerkerSessie } from '../adapters/sessies';
import { medewerkerUitClaims } from '../domain/medewerker';
import { type FilterFout, filterQuery, leesFilter, type Reeksen, reeksenVan, standaardPeriode } from '../domain/regie';
import type { Indicatorset } from '../domain/regie-typen';
import { REGIE_INLOG_COOKIE, REGIE_SESSIE_COOKIE } from './cookies';
import type { PortaalDeps, Verzoek } from './deps';
import type { Ingelogd, Publiek } from './inloggen';

/**
 * The regie pages' sign-in: the deployment's staff IdP (`medewerkerInlog`), cookies of their own scoped to /regie; only
 * staff of an organisation, for their gemeenten, get a session (an inburgeraar's token never makes one).
 */
export const REGIE: Publiek<MedewerkerSessie> = {
  pad: '/regie',
  sessieCookie: REGIE_SESSIE_COOKIE,
  inlogCookie: REGIE_INLOG_COOKIE,
  sessies: (deps) => deps.medewerkerSessies,
  inlog: (deps) => deps.medewerkerInlog(),
  sessieUit(tokens, csrf, verlooptOp) {
    const medewerker = medewerkerUitClaims(tokens.claims);
    return (
      medewerker && {
        ...medewerker,
        sub: tokens.sub,
        accessToken: tokens.accessToken,
        idToken: tokens.idToken,
        csrf,
        verlooptOp,
      }
    );
  },
};

export type RegieIngelogd = Ingelogd<MedewerkerSessie>;

export interface Gemeente {
  cbs: string;
  naam: string;
}

/** A gemeente's name as the pages show it: "Alkmaar", not "Gemeente Alkmaar". */
export const gemeenteNaam = (deps: PortaalDeps, cbs: string) =>
  (deps.namen.gemeente(cbs) ?? cbs).replace(/^Gemeente /, '');

/** The gemeenten the staff member may see (their token's), by name. */
export const toegestaan = (deps: PortaalDeps, i: RegieIngelogd, totaal: string): Gemeente[] =>
  i.sessie.gemeenten.map((cbs) => ({ cbs, naam: cbs === 'totaal' ? totaal : gemeenteNaam(deps, cbs) }));

/** Who is signed in, in the terms of the page: a role and one organisation, or a role for several gemeenten. */
export function wie(
  deps: PortaalDeps,
  s: MedewerkerSessie,
): { rol: string; gemeenten?: string[]; organisatie?: string } {
  return s.gemeenten.length > 1
    ? { rol: s.rol, gemeenten: s.gemeenten.map((cbs) => gemeenteNaam(deps, cbs)) }
    : { rol: s.rol, organisatie: deps.namen.organisatie(s.org) ?? s.org };
}

export interface SetPagina {
  waarden: { gekozen: string[]; vanaf: string; tot: string; periode: string };
  fout?: FilterFout;
  reeksen?: Reeksen;
  query: string;
}

/**
 * One indicator set for the filter of the request: the figures from the regie API with the staff member's own token
 * (which decides what they may see), or the filter's error (nothing asked of the API then).
 */
export async function indicatorset(
  deps: PortaalDeps,
  i: RegieIngelogd,
  req: Verzoek,
  set: Indicatorset,
): Promise<SetPagina> {
  const standaard = standaardPeriode(deps.nu());
  const waarden = {
    gekozen: req.query.getAll('gemeente'),
    vanaf: req.query.get('vanaf') || standaard.vanaf,
    tot: req.query.get('tot') || standaard.tot,
    periode: req.query.get('periode') || 'maand',
  };
  const filter = leesFilter(req.query, deps.nu());
  if (typeof filter === 'string') return { waarden, fout: filter, query: '' };
  const volgorde = INDICATOREN[set].map((d) => d.indicator);
  const reeksen = reeksenVan(await deps.regie(req.basis, i.sessie).indicatoren(set, filter), volgorde);
  return { waarden, reeksen, query: filterQuery(filter) };
}

/** The set's cells as CSV, exactly as the API writes them; the filter's error when it is not valid. */
export async function csv(
  deps: PortaalDeps,
  i: RegieIngelogd,
  req: Verzoek,
  set: Indicatorset,
): Promise<{ csv: string; vanaf: string; tot: string } | FilterFout> {
  const filter = leesFilter(req.query, deps.nu());
  if (typeof filter === 'string') return filter;
  return { csv: await deps.regie(req.basis, i.sessie).csv(set, filter), vanaf: filter.vanaf, tot: filter.tot };
}
