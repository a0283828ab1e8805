import { type WegwijsClient, wegwijsClient } from '@wegwijs/api-client';
import type { TestPlatform } from './platform';

async function jsonOf(res: Response): Promise<unknown> {
  const tekst = await res.clone().text();
  try {
    return tekst ? JSON.parse(tekst) : undefined;
  } catch {
    return tekst;
  }
}

/**
 * The typed client of packages/api-client against the test platform, as a partner would use it. Every answer is
 * checked against the OpenAPI document, like the answers of `p.api`.
 */
export function klant(p: TestPlatform, token?: string): WegwijsClient {
  const gecontroleerd = async (request: Request): Promise<Response> => {
    const res = await fetch(request);
    p.controleer({
      method: request.method,
      pad: new URL(request.url).pathname,
      status: res.status,
      headers: res.headers,
      body: await jsonOf(res),
    });
    return res;
  };
  return wegwijsClient({ origin: p.url, ...(token ? { token } : {}), fetch: gecontroleerd });
}
