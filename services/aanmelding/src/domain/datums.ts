import { isVoor } from './datum';
import type { DatumSoort, Inburgeraar } from './inburgeraar';

export type DatumUitkomst =
  | { kind: 'vastleggen' }
  | { kind: 'al-vastgelegd' }
  | { kind: 'conflict'; detail: string }
  | { kind: 'geweigerd'; slug: 'datum-voor-koppeling'; detail: string };

const NAAM: Record<DatumSoort, string> = {
  woningtoewijzingsdatum: 'woningtoewijzing',
  brpInschrijvingsdatum: 'BRP-inschrijving',
};

/**
 * Records the date of the woningtoewijzing or the BRP-inschrijving: not before the koppeling; the same date again
 * changes nothing; another date once one is set is a conflict.
 */
export function beslisDatum(inburgeraar: Inburgeraar, soort: DatumSoort, datum: string): DatumUitkomst {
  const huidig = inburgeraar[soort];
  if (huidig === datum) return { kind: 'al-vastgelegd' };
  if (huidig !== undefined) {
    return { kind: 'conflict', detail: `The ${NAAM[soort]} is already recorded on ${huidig}.` };
  }
  if (isVoor(datum, inburgeraar.koppelingsdatum)) {
    return {
      kind: 'geweigerd',
      slug: 'datum-voor-koppeling',
      detail: `The ${NAAM[soort]} cannot lie before the koppelingsdatum ${inburgeraar.koppelingsdatum}.`,
    };
  }
  return { kind: 'vastleggen' };
}
