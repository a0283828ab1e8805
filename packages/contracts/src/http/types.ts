import type { ServiceNaam } from '../routes';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRoute {
  readonly method: HttpMethod;
  /** API Gateway path with `{param}` placeholders; the route key is `${method} ${path}`. */
  readonly path: string;
  readonly service: ServiceNaam;
  /** Public routes carry no token (health). */
  readonly publiek?: boolean;
  /**
   * A list or worklist of persons outside `/v1/inburgeraars/{id}` (every path under that one is a person's already):
   * need to know (a beleidsmedewerker gets 403) and the access log apply to it. See `raaktPersoon`.
   */
  readonly personen?: boolean;
}

export const routeKey = (r: Pick<HttpRoute, 'method' | 'path'>) => `${r.method} ${r.path}`;
