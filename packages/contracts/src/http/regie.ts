import { INDICATORSETS } from '../events/regie';
import type { HttpRoute } from './types';

/** Added (issue 13): the regie monitor, one operation per indicator set. */
export const REGIE_ROUTES: readonly HttpRoute[] = INDICATORSETS.map((set) => ({
  method: 'GET',
  path: `/v1/regie/${set}`,
  service: 'regie',
}));
