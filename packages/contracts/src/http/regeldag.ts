import type { HttpRoute } from './types';

export const REGELDAG_ROUTES: readonly HttpRoute[] = [
  { method: 'POST', path: '/v1/inburgeraars/{id}/regeldag', service: 'regeldag' },
  /** Unknown item -> 404; no regeldag planned yet -> 409 `geen-regeldag` (the state does not allow it). */
  { method: 'PATCH', path: '/v1/inburgeraars/{id}/regeldag/checklist/{item}', service: 'regeldag' },
  /** Added: the regeldag with its checklist (status only for gemeente roles). */
  { method: 'GET', path: '/v1/inburgeraars/{id}/regeldag', service: 'regeldag' },
  /** Added: closes the opstartfase once no checklist item is open. */
  { method: 'POST', path: '/v1/inburgeraars/{id}/opstartfase/afronding', service: 'regeldag' },
];
