import { type Profiel, profielVan } from '@wegwijs/profielen';
import type { Principal } from './principal';
import type { AnoniemeMetaInput, MetaInput } from './publisher';

/** The MB profile of a gemeente this deployment serves; a missing one is a configuration fault (500). */
export function profielOf(gemeente: string): Profiel {
  const profiel = profielVan(gemeente);
  if (!profiel) throw new Error(`no MB profile for gemeente ${gemeente}`);
  return profiel;
}

/**
 * The meta of an event a caller's request causes: ids and codes only, never persoon data. `actor.org` is what the
 * consent broker checks against the assignment.
 */
export const metaVoor = (
  principal: Principal,
  dossier: { gemeente: string; inburgeraarId: string },
  correlationId: string,
): MetaInput => ({
  gemeente: dossier.gemeente,
  inburgeraarId: dossier.inburgeraarId,
  actor: { rol: principal.rol, ...(principal.org ? { org: principal.org } : {}) },
  correlationId,
});

/**
 * The meta of an anonymous event a caller's request causes (counts without personal information): the gemeente, the
 * actor's role and organisation, the correlation; no inburgeraarId, no `sub`.
 */
export const anoniemeMetaVoor = (
  principal: Pick<Principal, 'rol' | 'org'>,
  gemeente: string,
  correlationId: string,
  causationId?: string,
): AnoniemeMetaInput => ({
  gemeente,
  actor: { rol: principal.rol, ...(principal.org ? { org: principal.org } : {}) },
  correlationId,
  ...(causationId ? { causationId } : {}),
});
