// The regie API's answer as the page reads it: the contract's own types (packages/contracts), nothing redefined.
export type { RegieCel, RegieResponse as RegieAntwoord, Statistiek } from '@wegwijs/contracts/api/regie-responses';
export { INDICATORSETS, type Indicatorset } from '@wegwijs/contracts/events/regie';

import { INDICATORSETS, type Indicatorset } from '@wegwijs/contracts/events/regie';

export const isIndicatorset = (s: string): s is Indicatorset => (INDICATORSETS as readonly string[]).includes(s);
