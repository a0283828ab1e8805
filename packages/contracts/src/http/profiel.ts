import type { HttpRoute } from './types';

export const PROFIEL_ROUTES: readonly HttpRoute[] = [
  { method: 'GET', path: '/health', service: 'profiel', publiek: true },
  { method: 'GET', path: '/v1/gemeenten/{cbs}/profiel', service: 'profiel' },
  { method: 'GET', path: '/v1/openapi.json', service: 'profiel', publiek: true },
  { method: 'GET', path: '/v1/verwerkingsactiviteiten', service: 'profiel' },
];
