import { type DepsBron, httpHandler, losOp } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { defaultDeps } from './deps';
import { afspraakRoutes } from './http-afspraken';
import { begeleiderRoutes } from './http-begeleiders';
import { groepRoutes } from './http-groepen';
import { planRoutes } from './http-plan';
import { trajectRoutes } from './http-traject';
import { vastleggenRoutes } from './http-vastleggen';
import { werklijstRoutes } from './http-werklijsten';

/** The HTTP API of begeleiding (API.md, Begeleiding): the traject, what the begeleider records, and worklists. */
export function createHttpHandler(bron: DepsBron<BegeleidingDeps>) {
  const deps = () => losOp(bron);
  return httpHandler({
    routes: {
      ...trajectRoutes(deps),
      ...vastleggenRoutes(deps),
      ...werklijstRoutes(deps),
      ...begeleiderRoutes(deps),
      ...afspraakRoutes(deps),
      ...planRoutes(deps),
      ...groepRoutes(deps),
    },
  });
}

export const handler = createHttpHandler(defaultDeps());
