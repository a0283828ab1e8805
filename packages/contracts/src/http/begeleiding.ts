import type { HttpRoute } from './types';

export const BEGELEIDING_ROUTES: readonly HttpRoute[] = [
  { method: 'GET', path: '/v1/inburgeraars/{id}/traject', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/meetmomenten', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/contactmomenten', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/voortgangsrapportages', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/verlenging', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/afronding', service: 'begeleiding' },
  { method: 'PUT', path: '/v1/inburgeraars/{id}/begeleider', service: 'begeleiding' },
  { method: 'GET', path: '/v1/begeleiding/caseload', service: 'begeleiding' },
  { method: 'GET', path: '/v1/begeleiding/bellijst', service: 'begeleiding' },
  { method: 'GET', path: '/v1/begeleiding/niet-gezien', service: 'begeleiding' },
];
