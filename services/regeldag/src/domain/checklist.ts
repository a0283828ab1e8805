import type { Doelgroep, Rol } from '@wegwijs/contracts';
import { checklistVoor, doelgroepVan, type Profiel } from '@wegwijs/profielen';
import type { ChecklistPunt } from './typen';

/**
 * The opstartfase checklist of a gemeente for a doelgroep, every item open: the profile's items (the gemeente's own
 * items only on its own list; without the housing items where the doelgroep gets none, 4.4), the inhuizingsdag items
 * marked where the doelgroep moves in, and who arranges each item.
 */
export function stelChecklistOp(profiel: Profiel, doelgroep: Doelgroep): ChecklistPunt[] {
  const verhuist = doelgroepVan(profiel, doelgroep)?.checklist !== 'zonder-huisvesting';
  const inhuizingsdag = new Set(verhuist ? profiel.checklist.inhuizingsdag : []);
  return checklistVoor(profiel, doelgroep).map(({ item, categorie, uitvoerder }) => ({
    item,
    categorie,
    status: 'open' as const,
    uitvoerder,
    ...(inhuizingsdag.has(item) ? { inhuizingsdag: true } : {}),
  }));
}

/**
 * Gemeente roles that record the items the gemeente itself arranges: Rotterdam's IOS (4.1.3) and Groningen's
 * eurocoaches (3.2.5) in roles of their own (issue 22 item 10), and the consulenten where no such staff exist.
 */
export const GEMEENTE_SCHRIJVERS: readonly Rol[] = [
  'inburgeringsconsulent',
  'inkomensconsulent',
  'ios-medewerker',
  'eurocoach',
];

/** Whether this caller records items at all: staff of the assigned organisation, or a gemeente role that does. */
export const magChecklistSchrijven = (relatie: string, rol: Rol) =>
  relatie === 'uitvoering' || (relatie === 'gemeente' && GEMEENTE_SCHRIJVERS.includes(rol));

/** Who records an item: the one that arranges it (report 4.1.3: Rotterdam's IOS does the inhuizingsdag). */
export const isUitvoerderVan = (punt: ChecklistPunt, relatie: string) =>
  (punt.uitvoerder ?? 'uitvoeringsorganisatie') === (relatie === 'gemeente' ? 'gemeente' : 'uitvoeringsorganisatie');

export const openItems = (checklist: readonly ChecklistPunt[]) =>
  checklist.filter((p) => p.status === 'open').map((p) => p.item);
