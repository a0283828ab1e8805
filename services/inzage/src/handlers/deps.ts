import { poorten, systemClock } from '@wegwijs/lambda-kit';
import { lambdaPersoonsbron } from '../adapters/persoonsbron';
import type { InzageDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten(
  (o, gegeven: Partial<InzageDeps>): InzageDeps => ({
    clock: gegeven.clock ?? systemClock,
    bron: lambdaPersoonsbron({ functies: o.persoonFuncties }),
    config: o.config,
  }),
);
