import type { ToestemmingBody } from '@wegwijs/contracts';
import type { Inzage } from '../domain/inzage';
import type { Dossier, ToestemmingWeergave, Verwerking } from '../domain/typen';

/** The public Wegwijs API as the portaal uses it: like any client, over HTTP, with the inburgeraar's own token. */
export interface WegwijsApi {
  dossier(): Promise<Dossier>;
  /** Every consent (all pages). */
  toestemmingen(): Promise<ToestemmingWeergave[]>;
  geefToestemming(body: ToestemmingBody, idempotencyKey: string): Promise<ToestemmingWeergave>;
  trekIn(toestemmingId: string, idempotencyKey: string): Promise<void>;
  /** The whole log (all pages), as the API returns it, and whether the chain check holds on every page. */
  verwerkingen(): Promise<{ items: Verwerking[]; ketenGeldig: boolean }>;
  /** Everything held about the person in every context (AVG art. 15 and 20), as the API answers it. */
  inzage(): Promise<Inzage>;
}

/** A problem answer of the API: its status and the last segment of its `type` (e.g. `toestemming-vereist`). */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly slug: string | undefined,
  ) {
    super(`Wegwijs API answered ${status}${slug ? ` (${slug})` : ''}`);
    this.name = 'ApiFout';
  }
}

/** The ApiFout of a non-2xx answer, its slug read from the problem+json body when there is one. */
export function apiFout(status: number, tekst: string): ApiFout {
  let slug: string | undefined;
  try {
    slug = String((JSON.parse(tekst) as { type?: string }).type ?? '')
      .split('/')
      .pop();
  } catch {
    slug = undefined;
  }
  return new ApiFout(status, slug || undefined);
}

const PAGINA_LIMIT = 200;
/** A ceiling on pages per view (200 entries each): a list longer than 10,000 entries shows its first 10,000. */
const MAX_PAGINAS = 50;

export function httpWegwijsApi(options: {
  basis: string;
  accessToken: string;
  inburgeraarId: string;
  fetch?: typeof fetch;
}): WegwijsApi {
  const doeFetch = options.fetch ?? fetch;
  const pad = `/v1/inburgeraars/${encodeURIComponent(options.inburgeraarId)}`;
  async function vraag<T>(methode: 'GET' | 'POST', url: string, body?: unknown, sleutel?: string): Promise<T> {
    const res = await doeFetch(new URL(url, options.basis), {
      method: methode,
      headers: {
        authorization: `Bearer ${options.accessToken}`,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(sleutel ? { 'idempotency-key': sleutel } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(8_000),
    });
    const tekst = await res.text();
    if (!res.ok) throw apiFout(res.status, tekst);
    return (tekst ? JSON.parse(tekst) : {}) as T;
  }
  /** Follows `volgende` through every page of a list (API.md: lists are paginated); answers the pages. */
  async function allePaginas<P extends { items: unknown[]; volgende?: string }>(url: string): Promise<P[]> {
    const paginas: P[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < MAX_PAGINAS; i++) {
      const query = new URLSearchParams({ limit: String(PAGINA_LIMIT), ...(cursor ? { cursor } : {}) });
      const pagina = await vraag<P>('GET', `${url}?${query}`);
      paginas.push(pagina);
      cursor = pagina.volgende;
      if (!cursor) break;
    }
    return paginas;
  }
  return {
    dossier: () => vraag<Dossier>('GET', pad),
    inzage: () => vraag<Inzage>('GET', `${pad}/inzage`),
    async toestemmingen() {
      const paginas = await allePaginas<{ items: ToestemmingWeergave[]; volgende?: string }>(`${pad}/toestemmingen`);
      return paginas.flatMap((p) => p.items);
    },
    geefToestemming: (body, sleutel) => vraag<ToestemmingWeergave>('POST', `${pad}/toestemmingen`, body, sleutel),
    async trekIn(toestemmingId, sleutel) {
      await vraag('POST', `${pad}/toestemmingen/${encodeURIComponent(toestemmingId)}/intrekking`, {}, sleutel);
    },
    async verwerkingen() {
      const paginas = await allePaginas<{ items: Verwerking[]; volgende?: string; keten?: { geldig: boolean } }>(
        `${pad}/verwerkingen`,
      );
      return {
        items: paginas.flatMap((p) => p.items),
        ketenGeldig: paginas.every((p) => p.keten?.geldig === true),
      };
    },
  };
}
