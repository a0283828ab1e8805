import type { HttpRoute } from './types';

/** Issue 20: the access log per user and its signaleringen (API.md "Access log"). */
export const TOEGANGSLOG_ROUTES: readonly HttpRoute[] = [
  { method: 'GET', path: '/v1/toegangslog', service: 'toegangslog' },
  { method: 'GET', path: '/v1/toegangslog/signaleringen', service: 'toegangslog' },
];
