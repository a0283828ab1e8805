import { INZAGE_CONTEXTEN } from '@wegwijs/contracts';
import type { InzageResponse } from '@wegwijs/contracts/api/inzage-responses';
import { NotFound, type Principal, relatieTot, vereisRol } from '@wegwijs/lambda-kit';
import { bewaartermijnenVan } from '@wegwijs/profielen';
import { dossierUit, inzage, termijnenUit } from '../domain/inzage';
import type { InzageDeps } from './deps';

/**
 * The inzage of one person: aanmelding's record says who may see it (the person themself, the FG of their gemeente;
 * 404 for anyone out of reach, 403 for another role within reach); then every other context is asked at once.
 */
export async function stelInzageOp(
  deps: InzageDeps,
  principal: Principal,
  inburgeraarId: string,
): Promise<InzageResponse> {
  const aanmelding = await deps.bron.items('aanmelding', inburgeraarId);
  const dossier = dossierUit(aanmelding, inburgeraarId);
  if (!dossier || !relatieTot(principal, dossier)) throw new NotFound();
  vereisRol(principal, ['inburgeraar', 'functionaris-gegevensbescherming']);
  const overige = await Promise.all(
    INZAGE_CONTEXTEN.filter((c) => c !== 'aanmelding').map((c) => deps.bron.items(c, inburgeraarId)),
  );
  return inzage(
    inburgeraarId,
    deps.clock.now().toISOString(),
    [...aanmelding, ...overige.flat()],
    termijnenUit(bewaartermijnenVan(deps.config)),
  );
}
