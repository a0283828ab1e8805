import { Conflict, HttpError, type MetaInput, type Principal, type UitgaandEvent, verstuur } from '@wegwijs/lambda-kit';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import type { OpgeslagenRegeldag } from '../adapters/regeldag-store';
import type { Dossier } from '../domain/typen';
import type { RegeldagDeps } from './deps';

export function profielOf(gemeente: string): Profiel {
  const profiel = profielVan(gemeente);
  if (!profiel) throw new Error(`no MB profile for gemeente ${gemeente}`);
  return profiel;
}

/** Event meta: ids and codes only. `actor.org` is what the consent broker checks against the assignment. */
export const metaVoor = (principal: Principal, dossier: Dossier, correlationId: string): MetaInput => ({
  gemeente: dossier.gemeente,
  inburgeraarId: dossier.inburgeraarId,
  actor: { rol: principal.rol, ...(principal.org ? { org: principal.org } : {}) },
  correlationId,
});

export const verstuurVoor = (deps: RegeldagDeps, inburgeraarId: string, events: readonly UitgaandEvent[]) =>
  verstuur(deps.publisher(), events, (e) => deps.store().verwijderUitgaand(inburgeraarId, e));

/** Loads the regeldag for a write (409 when none is planned yet) and publishes what an earlier write left pending. */
export async function regeldagVoorSchrijven(deps: RegeldagDeps, inburgeraarId: string): Promise<OpgeslagenRegeldag> {
  const opgeslagen = await deps.store().regeldag(inburgeraarId);
  if (!opgeslagen) throw new Conflict('No regeldag is planned for this inburgeraar yet.', 'geen-regeldag');
  await verstuurVoor(deps, inburgeraarId, opgeslagen.uitgaand);
  return opgeslagen;
}

/** 409 that lists the checklist items still open (in `detail` and in `errors`). */
export class OpenstaandeItems extends HttpError {
  constructor(items: readonly string[]) {
    super(
      409,
      'opstartfase-niet-compleet',
      'Conflict',
      `These checklist items are still open: ${items.join(', ')}.`,
      items.map((item) => ({ path: `checklist.${item}`, message: 'is open' })),
    );
  }
}
