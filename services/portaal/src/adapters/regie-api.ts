import { wegwijsClient } from '@wegwijs/api-client';
import { regieResponse } from '@wegwijs/contracts/api/regie-responses';
import type { RegieFilter } from '../domain/regie';
import type { Indicatorset, RegieAntwoord } from '../domain/regie-typen';
import { ApiFout, apiFout } from './wegwijs-api';

/** The regie API as the regie pages use it: like any client, over HTTP, with the staff member's own token. */
export interface RegieApi {
  indicatoren(set: Indicatorset, filter: RegieFilter): Promise<RegieAntwoord>;
  /** The same cells as CSV, exactly as the API writes them. */
  csv(set: Indicatorset, filter: RegieFilter): Promise<string>;
}

/** The filter as the operation's query: gemeenten comma-separated (the API takes both forms), periode when not maand. */
const query = (f: RegieFilter) => ({
  ...(f.gemeenten.length ? { gemeente: f.gemeenten.join(',') } : {}),
  vanaf: f.vanaf,
  tot: f.tot,
  ...(f.periode !== 'maand' ? { periode: f.periode } : {}),
});

/** The regie API through the generated typed client (`@wegwijs/api-client`). */
export function httpRegieApi(options: { basis: string; accessToken: string; fetch?: typeof fetch }): RegieApi {
  const api = wegwijsClient({
    origin: options.basis,
    token: options.accessToken,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  async function vraag(set: Indicatorset, filter: RegieFilter, accept: 'application/json' | 'text/csv') {
    // Every set is its own path with the same parameters and answer (`/regie/{set}`); the client types one of them.
    const r = await api.GET(`/regie/${set}` as '/regie/fasen', {
      params: { query: query(filter) },
      headers: { accept },
      parseAs: 'text',
      signal: AbortSignal.timeout(8_000),
    });
    const tekst = (r.data ?? '') as string;
    if (!r.response.ok) {
      // The client parses a problem body as JSON whatever `parseAs` asks (a body that is no JSON stays text).
      throw apiFout(r.response.status, r.error);
    }
    const type = r.response.headers.get('content-type') ?? '';
    if (!type.toLowerCase().startsWith(accept)) throw new ApiFout(502, 'onverwacht-formaat');
    return tekst;
  }
  return {
    async indicatoren(set, filter) {
      // The answer is checked against the contract's schema: a page never draws what the contract does not promise.
      const antwoord = regieResponse.safeParse(JSON.parse(await vraag(set, filter, 'application/json')));
      if (!antwoord.success) throw new ApiFout(502, 'onverwacht-antwoord');
      return antwoord.data;
    },
    csv: (set, filter) => vraag(set, filter, 'text/csv'),
  };
}
