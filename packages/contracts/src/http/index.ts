import { AANMELDING_ROUTES } from './aanmelding';
import { ABONNEMENTEN_ROUTES } from './abonnementen';
import { ARCHIEF_ROUTES } from './archief';
import { BEGELEIDING_ROUTES } from './begeleiding';
import { INZAGE_ROUTES } from './inzage';
import { raaktPersoon } from './persoonsroutes';
import { PROFIEL_ROUTES } from './profiel';
import { REGELDAG_ROUTES } from './regeldag';
import { REGIE_ROUTES } from './regie';
import { SOCIAAL_DOMEIN_ROUTES } from './sociaal-domein';
import { TOEGANGSLOG_ROUTES } from './toegangslog';
import { TOESTEMMING_ROUTES } from './toestemming';
import type { HttpRoute } from './types';

export * from './params';
export * from './persoonsroutes';
export * from './types';

/** Every route of the public HTTP API (API.md). The API Gateway routes and the local gateway are built from it. */
export const HTTP_ROUTES: readonly HttpRoute[] = [
  ...PROFIEL_ROUTES,
  ...AANMELDING_ROUTES,
  ...REGELDAG_ROUTES,
  ...BEGELEIDING_ROUTES,
  ...SOCIAAL_DOMEIN_ROUTES,
  ...TOESTEMMING_ROUTES,
  ...REGIE_ROUTES,
  ...TOEGANGSLOG_ROUTES,
  ...ARCHIEF_ROUTES,
  ...INZAGE_ROUTES,
  ...ABONNEMENTEN_ROUTES,
];

/** The route keys of every route that reads or writes personal data of inburgeraars (`raaktPersoon`). */
export const PERSOONS_ROUTES: ReadonlySet<string> = new Set(
  HTTP_ROUTES.filter(raaktPersoon).map((r) => `${r.method} ${r.path}`),
);
