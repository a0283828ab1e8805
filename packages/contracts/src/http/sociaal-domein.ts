import type { HttpRoute } from './types';

export const SOCIAAL_DOMEIN_ROUTES: readonly HttpRoute[] = [
  { method: 'POST', path: '/v1/inburgeraars/{id}/signalen', service: 'sociaal-domein' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/verwijzingen', service: 'sociaal-domein' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/verwijzingen', service: 'sociaal-domein' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/acceptatie', service: 'sociaal-domein' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/terugwijzing', service: 'sociaal-domein' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/afronding', service: 'sociaal-domein' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/warme-overdracht', service: 'sociaal-domein' },
  { method: 'POST', path: '/v1/casuistiekoverleg/{cbs}/agenda', personen: true, service: 'sociaal-domein' },
  { method: 'GET', path: '/v1/casuistiekoverleg/{cbs}/agenda', personen: true, service: 'sociaal-domein' },
  {
    method: 'PUT',
    path: '/v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst',
    personen: true,
    service: 'sociaal-domein',
  },
  /** Added (issue 12): the channel from the inburgeringsconsulent to the begeleider. */
  { method: 'POST', path: '/v1/inburgeraars/{id}/vragen', service: 'sociaal-domein' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/vragen', service: 'sociaal-domein' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/vragen/{vraagId}/antwoord', service: 'sociaal-domein' },
];
