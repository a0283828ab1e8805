import type { Rol } from '@wegwijs/contracts';
import { huidigeAanroep, NotFound, type Principal, vereisRol } from '@wegwijs/lambda-kit';
import { persoonSleutel } from '../adapters/keys';
import { isVernietigd, type Persoon } from '../domain/persoon';
import type { ArchiefDeps } from './deps';

/** A gemeente outside the caller's gemeenten is 404 (never 403, never data). */
export function vereisGemeente(principal: Principal, gemeente: string): void {
  if (!(principal.gemeenten ?? []).includes(gemeente)) throw new NotFound();
}

/**
 * Loads a person the caller may act on: unknown, destroyed or outside the caller's gemeenten is 404; a known person
 * with the wrong role is 403.
 */
export async function laadPersoon(
  deps: ArchiefDeps,
  principal: Principal,
  inburgeraarId: string,
  rollen: readonly Rol[],
): Promise<Persoon> {
  const geladen = await deps.store.personen.laad(persoonSleutel(inburgeraarId));
  const staat = geladen?.staat;
  if (!staat || isVernietigd(staat)) throw new NotFound();
  // The access log files the request under this person and gemeente (as `relatieTot` does in the other contexts).
  const aanroep = huidigeAanroep();
  if (aanroep) aanroep.dossier ??= { inburgeraarId, gemeente: staat.gemeente };
  vereisGemeente(principal, staat.gemeente);
  vereisRol(principal, rollen);
  return staat;
}
