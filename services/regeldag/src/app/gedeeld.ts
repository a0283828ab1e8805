import { HttpError, type MetaInput, type Principal } from '@wegwijs/lambda-kit';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import type { Dossier } from '../domain/typen';

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
