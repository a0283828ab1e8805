import { NotFound, type Principal, vereisRol } from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from '../app/deps';
import { sleutel } from '../app/gedeeld';
import { relatieOf404, vereisConsulent, vereisGemeente } from '../app/toegang';

/*
 * The access checks the kit runs before it looks at an Idempotency-Key (issue 10, finding 1): the same checks the use
 * cases make, so a stored answer is only replayed to a caller these routes admit now.
 */

/** `POST /v1/aanmeldingen`: an inburgeringsconsulent of a gemeente of the token and of this deployment. */
export function magAanmelden(deps: AanmeldingDeps, principal: Principal, gemeente: string): void {
  vereisGemeente(principal, gemeente, deps.config.gemeenten);
  vereisRol(principal, ['inburgeringsconsulent']);
}

/** Changes to an inburgeraar: the inburgeringsconsulent of its gemeente; 404 for anyone outside it. */
export async function magWijzigen(deps: AanmeldingDeps, principal: Principal, inburgeraarId: string): Promise<void> {
  const huidig = await deps.opslag.laad(sleutel(inburgeraarId));
  if (!huidig) throw new NotFound();
  vereisConsulent(principal, relatieOf404(principal, huidig.staat));
}
