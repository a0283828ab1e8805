import type { Principal } from '@wegwijs/lambda-kit';
import type { RegeldagDeps } from '../app/deps';
import { dossierEnRelatie, vereisUitvoering } from '../app/toegang';
import { magChecklistSchrijven } from '../domain/checklist';

/*
 * The access checks the kit runs before a route's handler and before it looks at an Idempotency-Key (issue 10,
 * finding 1): the same checks the use cases make, so a stored answer is only replayed to a caller admitted now.
 */

/** The regeldag and the opstartfase: only the assigned uitvoeringsorganisatie. */
export async function vereisSchrijver(deps: RegeldagDeps, principal: Principal, inburgeraarId: string): Promise<void> {
  vereisUitvoering((await dossierEnRelatie(deps, principal, inburgeraarId)).relatie);
}

/** A checklist change: the assigned organisation, or gemeente staff who may record items. */
export async function vereisChecklistSchrijver(
  deps: RegeldagDeps,
  principal: Principal,
  inburgeraarId: string,
): Promise<void> {
  const { relatie } = await dossierEnRelatie(deps, principal, inburgeraarId);
  if (!magChecklistSchrijven(relatie, principal.rol)) vereisUitvoering(relatie);
}
