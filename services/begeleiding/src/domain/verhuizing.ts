import { INDICATOREN } from '@wegwijs/contracts/events/regie-catalogus';
import { maandVan, saldo, type Telling } from '@wegwijs/contracts/tellingen-verschil';

const STANDEN = new Set(
  Object.entries(INDICATOREN).flatMap(([set, defs]) =>
    defs.filter((d) => d.soort === 'stand').map((d) => `${set}/${d.indicator}`),
  ),
);

/**
 * The stands a traject holds open (issue 23): of every stand indicator (inburgeraars per fase, toewijzingen, waiting
 * for a maatje) the cells whose sum over all months is not zero, dated in the month of the move. A move closes them in
 * the old gemeente (the negation) and opens them in the new one, so each gemeente's stand follows the person from that
 * month on while the months before stay as they were.
 */
export function openStanden(alleTellingen: readonly Telling[], datum: string): Telling[] {
  const maand = maandVan(datum);
  return saldo(
    alleTellingen.filter((t) => STANDEN.has(`${t.indicatorset}/${t.indicator}`)).map((t) => ({ ...t, maand })),
  );
}

export const negatie = (tellingen: readonly Telling[]): Telling[] => tellingen.map((t) => ({ ...t, delta: -t.delta }));
