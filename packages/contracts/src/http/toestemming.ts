import type { HttpRoute } from './types';

export const TOESTEMMING_ROUTES: readonly HttpRoute[] = [
  { method: 'POST', path: '/v1/inburgeraars/{id}/toestemmingen', service: 'toestemming' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/toestemmingen', service: 'toestemming' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking', service: 'toestemming' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/voortgang', service: 'toestemming' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/verwerkingen', service: 'toestemming' },
];
