import { Forbidden, NotFound, type Principal, type Relatie, relatieTot } from '@wegwijs/lambda-kit';
import type { Dossier } from '../domain/typen';
import type { SociaalDeps } from './deps';

/** The dossier and the caller's relation to it; 404 when unknown or outside the caller's reach. */
export async function dossierVoor(
  deps: SociaalDeps,
  principal: Principal,
  inburgeraarId: string,
): Promise<{ dossier: Dossier; relatie: Relatie }> {
  const dossier = await deps.dossiers.dossier(inburgeraarId);
  const relatie = dossier ? relatieTot(principal, dossier) : undefined;
  if (!dossier || !relatie) throw new NotFound();
  return { dossier, relatie };
}

/** Only the assigned uitvoeringsorganisatie writes to a traject. */
export async function dossierVoorUitvoering(deps: SociaalDeps, principal: Principal, inburgeraarId: string) {
  const { dossier, relatie } = await dossierVoor(deps, principal, inburgeraarId);
  if (relatie !== 'uitvoering') throw new Forbidden('Only the assigned uitvoeringsorganisatie may do this.');
  return dossier;
}

/** The actor of an event or a decision request, from the verified token. */
export const actorVan = (p: Principal) => ({
  rol: p.rol,
  ...(p.org ? { org: p.org } : {}),
  sub: p.sub,
});
