import type { HttpRoute } from './types';

/** Issue 23: subscriptions of partner systems and their deliveries (API.md "Abonnementen"). */
export const ABONNEMENTEN_ROUTES: readonly HttpRoute[] = [
  { method: 'POST', path: '/v1/abonnementen', service: 'abonnementen' },
  { method: 'GET', path: '/v1/abonnementen', service: 'abonnementen' },
  { method: 'GET', path: '/v1/abonnementen/{id}', service: 'abonnementen' },
  { method: 'DELETE', path: '/v1/abonnementen/{id}', service: 'abonnementen' },
  { method: 'GET', path: '/v1/abonnementen/{id}/afleveringen', service: 'abonnementen' },
  { method: 'POST', path: '/v1/abonnementen/{id}/afleveringen/{notificatieId}/opnieuw', service: 'abonnementen' },
];
