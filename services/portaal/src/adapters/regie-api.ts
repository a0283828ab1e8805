import { regieResponse } from '@wegwijs/contracts/api/regie-responses';
import { filterQuery, type RegieFilter } from '../domain/regie';
import type { Indicatorset, RegieAntwoord } from '../domain/regie-typen';
import { ApiFout, apiFout } from './wegwijs-api';

/** The regie API as the regie pages use it: like any client, over HTTP, with the staff member's own token. */
export interface RegieApi {
  indicatoren(set: Indicatorset, filter: RegieFilter): Promise<RegieAntwoord>;
  /** The same cells as CSV, exactly as the API writes them. */
  csv(set: Indicatorset, filter: RegieFilter): Promise<string>;
}

export function httpRegieApi(options: { basis: string; accessToken: string; fetch?: typeof fetch }): RegieApi {
  const doeFetch = options.fetch ?? fetch;
  async function vraag(set: Indicatorset, filter: RegieFilter, accept: string): Promise<string> {
    const res = await doeFetch(new URL(`/v1/regie/${set}?${filterQuery(filter)}`, options.basis), {
      headers: { authorization: `Bearer ${options.accessToken}`, accept },
      signal: AbortSignal.timeout(8_000),
    });
    const tekst = await res.text();
    if (!res.ok) throw apiFout(res.status, tekst);
    const type = res.headers.get('content-type') ?? '';
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
