import type { InburgeraarResponse } from '@wegwijs/contracts';
import { type Clock, type MetaInput, type Principal, vandaag } from '@wegwijs/lambda-kit';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import { keys } from '../adapters/keys';
import type { Inburgeraar } from '../domain/inburgeraar';
import { magPersoonZien, type Relatie, weergave } from '../domain/weergave';

export function profielOf(gemeente: string): Profiel {
  const profiel = profielVan(gemeente);
  if (!profiel) throw new Error(`no MB profile for gemeente ${gemeente}`);
  return profiel;
}

/** Event meta: ids and codes only, never persoon data. */
export const metaVoor = (principal: Principal, inburgeraar: Inburgeraar, correlationId: string): MetaInput => ({
  gemeente: inburgeraar.gemeente,
  inburgeraarId: inburgeraar.inburgeraarId,
  actor: { rol: principal.rol, ...(principal.org ? { org: principal.org } : {}) },
  correlationId,
});

/** What this caller may see of the inburgeraar. */
export function weergaveVoor(
  deps: { clock: Clock },
  principal: Principal,
  relatie: Relatie,
  inburgeraar: Inburgeraar,
  metPersoon = true,
): InburgeraarResponse {
  return weergave(
    profielOf(inburgeraar.gemeente),
    inburgeraar,
    vandaag(deps.clock),
    metPersoon && magPersoonZien(relatie, principal.rol),
  );
}

/** The item of one inburgeraar. */
export const sleutel = (inburgeraarId: string) => keys.inburgeraar(inburgeraarId);
