import type { HttpRoute } from './types';

/** The path of one inburgeraar; every path under it is about that person. */
export const PERSOON_PAD = '/v1/inburgeraars/{id}';

/**
 * Whether a route reads or writes personal data of inburgeraars: every path under `/v1/inburgeraars/{id}`, and the
 * lists and worklists of persons (`personen: true`). The kit's HTTP chain applies need to know to these (a
 * beleidsmedewerker sees aggregates only: 403) and writes an access log entry for every request to them.
 */
export const raaktPersoon = (route: Pick<HttpRoute, 'path' | 'personen'>): boolean =>
  route.path === PERSOON_PAD || route.path.startsWith(`${PERSOON_PAD}/`) || route.personen === true;
