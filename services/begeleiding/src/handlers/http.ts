import { httpHandler, type IdempotencyStore, type TokenVerifier } from '@wegwijs/lambda-kit';
import { type BegeleidingDeps, lazyDeps } from './deps';
import { afspraakRoutes } from './http-afspraken';
import { begeleiderRoutes } from './http-begeleiders';
import { planRoutes } from './http-plan';
import { trajectRoutes } from './http-traject';
import { vastleggenRoutes } from './http-vastleggen';
import { werklijstRoutes } from './http-werklijsten';

export interface HttpDeps extends BegeleidingDeps {
  verifier: TokenVerifier;
  idempotency: IdempotencyStore;
}

/** The HTTP API of begeleiding (API.md, Begeleiding): the traject, what the begeleider records, and worklists. */
export function createHttpHandler(gegeven: Partial<HttpDeps> = {}) {
  const { verifier, idempotency, ...rest } = gegeven;
  const deps = lazyDeps(rest);
  return httpHandler({
    routes: {
      ...trajectRoutes(deps),
      ...vastleggenRoutes(deps),
      ...werklijstRoutes(deps),
      ...begeleiderRoutes(deps),
      ...afspraakRoutes(deps),
      ...planRoutes(deps),
    },
    ...(verifier ? { verifier } : {}),
    ...(idempotency ? { idempotency } : {}),
  });
}

export const handler = createHttpHandler();
