import type { ServiceNaam } from '../routes';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRoute {
  readonly method: HttpMethod;
  /** API Gateway path with `{param}` placeholders; the route key is `${method} ${path}`. */
  readonly path: string;
  readonly service: ServiceNaam;
  /** Public routes carry no token (health). */
  readonly publiek?: boolean;
}

export const routeKey = (r: Pick<HttpRoute, 'method' | 'path'>) => `${r.method} ${r.path}`;
