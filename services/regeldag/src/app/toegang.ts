import { Forbidden, NotFound, type Principal, type Relatie, relatieTot } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Dossier } from '../domain/typen';
import type { RegeldagDeps } from './deps';

/**
 * Loads this context's dossier and the caller's relation to it: 404 for an unknown inburgeraar and for anyone outside
 * it (never reveal that it exists).
 */
export async function dossierEnRelatie(
  deps: RegeldagDeps,
  principal: Principal,
  inburgeraarId: string,
): Promise<{ dossier: Dossier; relatie: Relatie }> {
  const dossier = (await deps.dossiers.laad(keys.dossier(inburgeraarId)))?.staat;
  const relatie = dossier
    ? relatieTot(principal, {
        inburgeraarId: dossier.inburgeraarId,
        gemeente: dossier.gemeente,
        uitvoeringsorganisatie: dossier.uitvoeringsorganisatie ?? '',
        begeleiders: dossier.begeleiders,
      })
    : undefined;
  if (!dossier || !relatie) throw new NotFound();
  return { dossier, relatie };
}

/**
 * Writes: only staff of the assigned uitvoeringsorganisatie (in Tholen and Heerenveen that is the gemeente itself,
 * `gemeente-0716` / `gemeente-0074`, whose integratiecoaches carry an uitvoering role).
 */
export function vereisUitvoering(relatie: Relatie): void {
  if (relatie !== 'uitvoering') {
    throw new Forbidden('Only the assigned uitvoeringsorganisatie arranges the regeldag and its checklist.');
  }
}
