import { pasVerhuizingToe, type VerhuisFeit } from '../domain/verhuizing';
import type { BrokerDeps } from './deps';
import { wijzigStaatMet } from './staat-repository';

/**
 * InburgeraarVerhuisd (issue 23): ONE write of the broker's staat moves it to the new gemeente, ends the consents
 * given for the old one and logs the hand-over. Idempotent: a redelivery finds the staat moved already.
 */
export const verwerkVerhuizing = (deps: BrokerDeps, inburgeraarId: string, feit: VerhuisFeit) =>
  wijzigStaatMet(deps, inburgeraarId, (staat) => {
    const uitkomst = staat ? pasVerhuizingToe(staat, feit) : undefined;
    return uitkomst ? { staat: uitkomst.staat, events: [], log: uitkomst.log } : undefined;
  });
