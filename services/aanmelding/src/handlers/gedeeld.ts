import type { InburgeraarResponse } from '@wegwijs/contracts';
import { type MetaInput, type Principal, type UitgaandEvent, vandaag, verstuur } from '@wegwijs/lambda-kit';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import type { Inburgeraar } from '../domain/inburgeraar';
import { magPersoonZien, type Relatie, weergave } from '../domain/weergave';
import type { AanmeldingDeps } from './deps';

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
  deps: AanmeldingDeps,
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

/** Publishes events of this inburgeraar's item, then removes them from it. */
export const verstuurVoor = (deps: AanmeldingDeps, inburgeraarId: string, events: readonly UitgaandEvent[]) =>
  verstuur(deps.publisher(), events, (e) => deps.store().verwijderUitgaand(inburgeraarId, e));
