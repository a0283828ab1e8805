import { type DepsBron, httpHandler, losOp } from '@wegwijs/lambda-kit';
import type { SociaalDeps } from '../app/deps';
import { defaultDeps } from './deps';
import { agendapuntRoute, agendaRoute, uitkomstRoute } from './routes/casuistiek';
import { acceptatieRoute, afrondingRoute, terugwijzingRoute } from './routes/levenscyclus';
import { warmeOverdrachtRoute } from './routes/overdracht';
import { signaalRoute } from './routes/signalen';
import { verwijzingenRoute, verwijzingRoute } from './routes/verwijzingen';
import { antwoordRoute, vraagRoute, vragenRoute } from './routes/vragen';

const VERWIJZING = '/v1/inburgeraars/{id}/verwijzingen/{verwijzingId}';

/** The HTTP API of the sociaal-domein context (API.md, Sociaal domein). */
export function createHttpHandler(bron: DepsBron<SociaalDeps>) {
  const deps = () => losOp(bron);
  return httpHandler({
    routes: {
      'POST /v1/inburgeraars/{id}/signalen': signaalRoute(deps),
      'POST /v1/inburgeraars/{id}/verwijzingen': verwijzingRoute(deps),
      'GET /v1/inburgeraars/{id}/verwijzingen': verwijzingenRoute(deps),
      [`POST ${VERWIJZING}/acceptatie`]: acceptatieRoute(deps),
      [`POST ${VERWIJZING}/terugwijzing`]: terugwijzingRoute(deps),
      [`POST ${VERWIJZING}/afronding`]: afrondingRoute(deps),
      'POST /v1/inburgeraars/{id}/warme-overdracht': warmeOverdrachtRoute(deps),
      'POST /v1/casuistiekoverleg/{cbs}/agenda': agendapuntRoute(deps),
      'GET /v1/casuistiekoverleg/{cbs}/agenda': agendaRoute(deps),
      'PUT /v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst': uitkomstRoute(deps),
      'POST /v1/inburgeraars/{id}/vragen': vraagRoute(deps),
      'GET /v1/inburgeraars/{id}/vragen': vragenRoute(deps),
      'POST /v1/inburgeraars/{id}/vragen/{vraagId}/antwoord': antwoordRoute(deps),
    },
  });
}

export const handler = createHttpHandler(defaultDeps());
