import type { HttpRoute } from './types';

export const REGELDAG_ROUTES: readonly HttpRoute[] = [
  { method: 'POST', path: '/v1/inburgeraars/{id}/regeldag', service: 'regeldag' },
  { method: 'PATCH', path: '/v1/inburgeraars/{id}/regeldag/checklist/{item}', service: 'regeldag' },
];
