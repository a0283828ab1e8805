import type { HttpRoute } from './types';

export const BEGELEIDING_ROUTES: readonly HttpRoute[] = [
  { method: 'GET', path: '/v1/inburgeraars/{id}/traject', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/meetmomenten', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/contactmomenten', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/historie', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/voortgangsrapportages', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/verlenging', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/afronding', service: 'begeleiding' },
  /** Added (issue 22 item 3): Roermond's form with the regular services, in the inburgeraar's language (4.3). */
  { method: 'GET', path: '/v1/inburgeraars/{id}/afronding/dienstverleners', service: 'begeleiding' },
  { method: 'PUT', path: '/v1/inburgeraars/{id}/begeleider', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/begeleiders', service: 'begeleiding' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/begeleiders', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/afspraken', service: 'begeleiding' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/afspraken', service: 'begeleiding' },
  { method: 'PUT', path: '/v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid', service: 'begeleiding' },
  /** Added (issue 22): move a planned afspraak, its history kept. */
  { method: 'POST', path: '/v1/inburgeraars/{id}/afspraken/{afspraakId}/verplaatsing', service: 'begeleiding' },
  { method: 'PUT', path: '/v1/inburgeraars/{id}/begeleidingsplan', service: 'begeleiding' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/begeleidingsplan', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/begeleidingsplan/evaluaties', service: 'begeleiding' },
  { method: 'GET', path: '/v1/begeleiding/caseload', personen: true, service: 'begeleiding' },
  { method: 'GET', path: '/v1/begeleiding/bellijst', personen: true, service: 'begeleiding' },
  { method: 'GET', path: '/v1/begeleiding/niet-gezien', personen: true, service: 'begeleiding' },
  // Issue 22 items 5 and 6 (docs/API-EXTENSIONS.md): group activities per gemeente, enrolment and attendance per
  // inburgeraar; the worklist of people on a spreekuur-only part not seen for the profile's period.
  { method: 'POST', path: '/v1/gemeenten/{cbs}/groepsactiviteiten', service: 'begeleiding' },
  { method: 'GET', path: '/v1/gemeenten/{cbs}/groepsactiviteiten', service: 'begeleiding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/groepsactiviteiten', service: 'begeleiding' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/groepsactiviteiten', service: 'begeleiding' },
  {
    method: 'PUT',
    path: '/v1/inburgeraars/{id}/groepsactiviteiten/{activiteitId}/aanwezigheid',
    service: 'begeleiding',
  },
  { method: 'GET', path: '/v1/begeleiding/nabellen', personen: true, service: 'begeleiding' },
  /** Added (issue 22): "de begeleider neemt het initiatief" (4.2.2), and endings that wait for their steps (4.3). */
  { method: 'GET', path: '/v1/begeleiding/zonder-afspraak', personen: true, service: 'begeleiding' },
  { method: 'GET', path: '/v1/begeleiding/afronding-open', personen: true, service: 'begeleiding' },
];
