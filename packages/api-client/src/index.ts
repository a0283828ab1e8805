import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './generated/openapi';

export type { components, operations, paths };
/** The named schemas of the API (response bodies and Problem), e.g. `Schemas['Inburgeraar']`. */
export type Schemas = components['schemas'];
export type WegwijsClient = Client<paths>;

export interface WegwijsClientOptions {
  /** Where the platform runs, e.g. `http://127.0.0.1:3000`; the client adds the major version `/v1`. */
  origin: string;
  /** A bearer token for every request, if any. */
  token?: string;
  /** A fetch to use instead of the global one (tests, instrumentation). */
  fetch?: (request: Request) => Promise<Response>;
  headers?: Record<string, string>;
}

/**
 * A typed client of the Wegwijs HTTP API (openapi-fetch over the generated types): paths, parameters, request bodies
 * and response bodies are checked by the compiler. `/health` sits outside `/v1`: call it with plain fetch.
 */
export function wegwijsClient(options: WegwijsClientOptions): WegwijsClient {
  const client = createClient<paths>({
    baseUrl: `${options.origin.replace(/\/+$/, '')}/v1`,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  if (options.token) {
    const bearer: Middleware = {
      onRequest({ request }) {
        request.headers.set('authorization', `Bearer ${options.token}`);
        return request;
      },
    };
    client.use(bearer);
  }
  return client;
}
