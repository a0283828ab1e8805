import type { HttpRoute } from './types';

/** Issue 19: retention and destruction, erasure on error (API.md, Privacy across the data's life). */
export const ARCHIEF_ROUTES: readonly HttpRoute[] = [
  { method: 'GET', path: '/v1/vernietigingslijst', service: 'archief' },
  { method: 'POST', path: '/v1/vernietigingslijst/{inburgeraarId}/akkoord', service: 'archief' },
  { method: 'POST', path: '/v1/vernietigingslijst/{inburgeraarId}/uitstel', service: 'archief' },
  { method: 'GET', path: '/v1/vernietigingsverslagen', service: 'archief' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/verwijdering', service: 'archief' },
];
