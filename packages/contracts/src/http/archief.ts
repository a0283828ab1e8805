import type { HttpRoute } from './types';

/**
 * Issue 19: retention and destruction, erasure on error (API.md, Privacy across the data's life). Every one names or
 * acts on persons: need to know and the access log apply (`personen`).
 */
export const ARCHIEF_ROUTES: readonly HttpRoute[] = [
  { method: 'GET', path: '/v1/vernietigingslijst', personen: true, service: 'archief' },
  { method: 'POST', path: '/v1/vernietigingslijst/{inburgeraarId}/akkoord', personen: true, service: 'archief' },
  { method: 'POST', path: '/v1/vernietigingslijst/{inburgeraarId}/uitstel', personen: true, service: 'archief' },
  { method: 'GET', path: '/v1/vernietigingsverslagen', personen: true, service: 'archief' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/verwijdering', service: 'archief' },
];
