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

/**
 * `POST .../verhuizing`: the inburgeringsconsulent of the current gemeente; and the consulent of the gemeente the
 * person just left, so that a repeated request with the same Idempotency-Key gets its stored answer (a new request
 * from them is 404 in the use case, the dossier being the new gemeente's).
 */
export async function magVerhuizen(deps: AanmeldingDeps, principal: Principal, inburgeraarId: string): Promise<void> {
  const huidig = await deps.opslag.laad(sleutel(inburgeraarId));
  if (!huidig) throw new NotFound();
  const laatste = huidig.staat.verhuizingen?.at(-1);
  if (laatste && principal.gemeenten.includes(laatste.van) && !principal.gemeenten.includes(huidig.staat.gemeente)) {
    vereisRol(principal, ['inburgeringsconsulent']);
    return;
  }
  vereisConsulent(principal, relatieOf404(principal, huidig.staat));
}
