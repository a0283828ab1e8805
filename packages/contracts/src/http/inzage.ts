import type { HttpRoute } from './types';

export const INZAGE_ROUTES: readonly HttpRoute[] = [
  /** AVG art. 15 and 20: every record held about the person in every context (the person, the FG). */
  { method: 'GET', path: '/v1/inburgeraars/{id}/inzage', service: 'inzage' },
];
