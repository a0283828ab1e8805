import type { HttpRoute } from './types';

export const AANMELDING_ROUTES: readonly HttpRoute[] = [
  { method: 'POST', path: '/v1/aanmeldingen', personen: true, service: 'aanmelding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/woningtoewijzing', service: 'aanmelding' },
  { method: 'POST', path: '/v1/inburgeraars/{id}/brp-inschrijving', service: 'aanmelding' },
  { method: 'GET', path: '/v1/inburgeraars/{id}', service: 'aanmelding' },
  /** Added: the gemeente's list of its inburgeraars (an organisation sees those assigned to it). */
  { method: 'GET', path: '/v1/inburgeraars', personen: true, service: 'aanmelding' },
  /** Added: the gemeente assigns the traject to another uitvoeringsorganisatie. */
  { method: 'PUT', path: '/v1/inburgeraars/{id}/uitvoeringsorganisatie', service: 'aanmelding' },
  /** Added (issue 12): the gemeente's facts of the inburgering, and the timeline with the gaps between milestones. */
  { method: 'POST', path: '/v1/inburgeraars/{id}/inburgering', service: 'aanmelding' },
  { method: 'GET', path: '/v1/inburgeraars/{id}/tijdlijn', service: 'aanmelding' },
];
