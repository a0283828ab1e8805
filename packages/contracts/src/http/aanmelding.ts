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
  /** Issue 23: the consulent of the current gemeente records a move (API.md "Verhuizing"). */
  { method: 'POST', path: '/v1/inburgeraars/{id}/verhuizing', service: 'aanmelding' },
  /**
   * Added (issue 23): the hand-over of a move out of another deployment. No token of this deployment's issuers: the
   * body is a JWS signed with the sending deployment's key, checked against `verhuizing.afzenders`.
   */
  { method: 'POST', path: '/v1/verhuizingen', publiek: true, service: 'aanmelding' },
];
