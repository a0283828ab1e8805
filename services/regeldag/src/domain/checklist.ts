import type { Doelgroep } from '@wegwijs/contracts';
import { checklistVoor, type Profiel } from '@wegwijs/profielen';
import type { ChecklistPunt } from './typen';

/**
 * The opstartfase checklist of a gemeente for a doelgroep, every item open: the profile's items (voedselbank only where
 * the gemeente offers it; the nareiziger variant where it keeps one), the inhuizingsdag items marked.
 */
export function stelChecklistOp(profiel: Profiel, doelgroep: Doelgroep): ChecklistPunt[] {
  const inhuizingsdag = new Set(profiel.checklist.inhuizingsdag);
  return checklistVoor(profiel, doelgroep).map(({ item, categorie }) => ({
    item,
    categorie,
    status: 'open' as const,
    ...(inhuizingsdag.has(item) ? { inhuizingsdag: true } : {}),
  }));
}

export const openItems = (checklist: readonly ChecklistPunt[]) =>
  checklist.filter((p) => p.status === 'open').map((p) => p.item);
