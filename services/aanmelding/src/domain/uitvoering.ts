import { isVoor } from './datum';
import type { Inburgeraar } from './inburgeraar';

export type WijzigingUitkomst =
  | { kind: 'wijzigen'; van: string; naar: string }
  | { kind: 'ongewijzigd' }
  | { kind: 'geweigerd'; slug: 'organisatie-bedient-gemeente-niet' | 'datum-voor-koppeling'; detail: string };

/**
 * Reassigns the traject to another uitvoeringsorganisatie: it must serve the gemeente in this deployment; assigning
 * the current one changes nothing.
 */
export function beslisUitvoeringsorganisatie(
  inburgeraar: Inburgeraar,
  naar: string,
  datum: string,
  organisatiesVanGemeente: readonly string[],
): WijzigingUitkomst {
  if (!organisatiesVanGemeente.includes(naar)) {
    return {
      kind: 'geweigerd',
      slug: 'organisatie-bedient-gemeente-niet',
      detail: `Organisation ${naar} does not serve gemeente ${inburgeraar.gemeente} in this deployment.`,
    };
  }
  if (naar === inburgeraar.uitvoeringsorganisatie) return { kind: 'ongewijzigd' };
  if (isVoor(datum, inburgeraar.koppelingsdatum)) {
    return {
      kind: 'geweigerd',
      slug: 'datum-voor-koppeling',
      detail: `The datum cannot lie before the koppelingsdatum ${inburgeraar.koppelingsdatum}.`,
    };
  }
  return { kind: 'wijzigen', van: inburgeraar.uitvoeringsorganisatie, naar };
}
