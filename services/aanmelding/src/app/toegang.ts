import { Forbidden, NotFound, type Principal, relatieTot } from '@wegwijs/lambda-kit';
import type { Inburgeraar } from '../domain/inburgeraar';
import type { Relatie } from '../domain/weergave';

/** How the caller relates to the inburgeraar; 404 when not at all (never reveal that it exists). */
export function relatieOf404(principal: Principal, inburgeraar: Inburgeraar): Relatie {
  const relatie = relatieTot(principal, inburgeraar);
  if (!relatie) throw new NotFound();
  return relatie;
}

/** Writes of the aanmelding context: the inburgeringsconsulent of the inburgeraar's gemeente. */
export function vereisConsulent(principal: Principal, relatie: Relatie): void {
  if (relatie !== 'gemeente' || principal.rol !== 'inburgeringsconsulent') {
    throw new Forbidden('Only an inburgeringsconsulent of the gemeente may do this.');
  }
}

/** A gemeente the caller works for and this deployment serves; 404 otherwise. */
export function vereisGemeente(principal: Principal, gemeente: string, bediend: readonly string[]): void {
  if (!bediend.includes(gemeente) || !principal.gemeenten.includes(gemeente)) throw new NotFound();
}
