import { type Actor, MB_GEMEENTE_ROLLEN, type Rol, UITVOERING_ROLLEN } from '@wegwijs/contracts';
import {
  Conflict,
  DomainRuleViolation,
  doetMbVan,
  Forbidden,
  type Geladen,
  isUitvoeringMedewerker,
  NotFound,
  type Principal,
  type Relatie,
  relatieTot,
  vereisRol,
} from '@wegwijs/lambda-kit';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import { trajectSleutel } from '../adapters/keys';
import { begeleiderIds } from '../domain/begeleiders';
import { Regelfout } from '../domain/regels';
import { isBekend, type Traject, toegewezenOrganisatie } from '../domain/traject';
import type { BegeleidingDeps } from './deps';

/**
 * Roles of the assigned uitvoeringsorganisatie that decide about the traject itself; where the gemeente carries out
 * MB itself, its regisseur inburgering too (Tholen: "samen de begeleidingstaken op zich nemen", 3.2.2; issue 22 item
 * 10). The kit's `relatieTot` gives that regisseur the relation `uitvoering` only there.
 */
export const BESLISSERS: readonly Rol[] = ['teamleider', 'maatschappelijk-begeleider', ...MB_GEMEENTE_ROLLEN];
export const UITVOERDERS: readonly Rol[] = [...UITVOERING_ROLLEN, ...MB_GEMEENTE_ROLLEN];

export type BekendTraject = Traject & { aanmelding: NonNullable<Traject['aanmelding']> };

export interface Toegang {
  traject: BekendTraject;
  profiel: Profiel;
  relatie: Relatie;
  /** The item as read (for the write path's first attempt: `wijzigTraject`'s `start`). */
  gelezen: Geladen<Traject>;
}

/**
 * The read of a request's access check (`autoriseer`), kept for the next `laadTraject` of the same request (the route
 * handler), which takes it once instead of reading the same item again; later calls read afresh. Keyed by the
 * request's principal object (a new one per request).
 */
const vanAutorisatie = new WeakMap<Principal, Map<string, { lezing: Promise<Geladen<Traject> | undefined> | null }>>();

function lees(deps: BegeleidingDeps, principal: Principal, inburgeraarId: string) {
  const perId = vanAutorisatie.get(principal) ?? new Map();
  vanAutorisatie.set(principal, perId);
  const eerder = perId.get(inburgeraarId);
  if (eerder?.lezing) {
    const { lezing } = eerder;
    eerder.lezing = null;
    return lezing;
  }
  const lezing = deps.opslag.laad(trajectSleutel(inburgeraarId));
  if (!eerder) perId.set(inburgeraarId, { lezing });
  return lezing;
}

/**
 * Loads a traject for the caller. Unknown, or outside the caller's reach: 404. Reading: gemeente staff of its gemeente,
 * the assigned uitvoeringsorganisatie, the inburgeraar themself. Writing: only the assigned uitvoeringsorganisatie
 * (others who may read get 403), and only in one of `rollen`.
 */
export async function laadTraject(
  deps: BegeleidingDeps,
  principal: Principal,
  inburgeraarId: string,
  schrijven?: readonly Rol[],
): Promise<Toegang> {
  const opgeslagen = await lees(deps, principal, inburgeraarId);
  const traject = opgeslagen?.staat;
  const org = traject ? toegewezenOrganisatie(traject) : undefined;
  const profiel = traject ? profielVan(traject.gemeente) : undefined;
  if (!isBekend(traject) || !org || !profiel) throw new NotFound();
  const relatie = relatieTot(principal, {
    inburgeraarId,
    gemeente: traject.gemeente,
    uitvoeringsorganisatie: org,
    begeleiders: begeleiderIds(traject),
  });
  if (!relatie) throw new NotFound();
  if (schrijven) {
    if (relatie !== 'uitvoering') throw new Forbidden('Only the assigned uitvoeringsorganisatie writes to a traject.');
    vereisRol(principal, schrijven);
  }
  return { traject, profiel, relatie, gelezen: opgeslagen as Geladen<Traject> };
}

/**
 * The worklists of a gemeente: staff of an uitvoeringsorganisatie serving it (or, in a gemeente that carries out MB
 * itself, its regisseur inburgering), scoped to their own organisation.
 */
export function werklijstToegang(
  deps: Pick<BegeleidingDeps, 'config'>,
  principal: Principal,
  gemeente: string,
  rollen: readonly Rol[],
) {
  const profiel = profielVan(gemeente);
  if (!profiel || !deps.config.gemeenten.includes(gemeente) || !principal.gemeenten.includes(gemeente)) {
    throw new NotFound();
  }
  const eigenMb = profiel.doelgroepen.some(
    (d) => d.uitvoeringsorganisatie && doetMbVan(principal, d.uitvoeringsorganisatie),
  );
  if (!(isUitvoeringMedewerker(principal) || eigenMb) || !principal.org) {
    throw new Forbidden('Worklists are for the uitvoeringsorganisatie.');
  }
  vereisRol(principal, rollen);
  return { profiel, org: principal.org };
}

export const actorVan = (p: Principal): Actor => ({ ...(p.org ? { org: p.org } : {}), rol: p.rol, sub: p.sub });

/** Runs domain code, turning a broken rule into 409 or 422 problem+json. */
export async function volgensRegels<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof Regelfout)) throw e;
    if (e.soort === 'conflict') throw new Conflict(e.detail, e.slug);
    throw new DomainRuleViolation(e.detail, e.slug, e.velden);
  }
}
