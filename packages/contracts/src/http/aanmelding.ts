import type { HttpRoute } from './types';

export const AANMELDING_ROUTES: readonly HttpRoute[] = [
  { method: 'POST', path: '/v1/aanmeldingen', service: 'aanmelding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/woningtoewijzing', service: 'aanmelding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/brp-inschrijving', service: 'aanmelding' },
  { method: 'GET', path: '/v1/inburgeraars/{id}', service: 'aanmelding' },
];
