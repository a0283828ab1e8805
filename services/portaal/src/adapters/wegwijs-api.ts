import { wegwijsClient } from '@wegwijs/api-client';
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

/** The ApiFout of a non-2xx answer, its slug read from the problem+json body the client parsed, if any. */
export function apiFout(status: number, probleem: unknown): ApiFout {
  const type = typeof probleem === 'object' && probleem !== null ? (probleem as { type?: unknown }).type : undefined;
  const slug = typeof type === 'string' ? type.split('/').pop() : undefined;
  return new ApiFout(status, slug || undefined);
}

/** What every call of the generated client answers: the body, or the problem with the response's status. */
export function uitkomst<T>(r: { data?: T; error?: unknown; response: Response }): T {
  if (!r.response.ok || r.data === undefined) throw apiFout(r.response.status, r.error);
  return r.data;
}

const PAGINA_LIMIT = '200';
/** A ceiling on pages per view (200 entries each): a list longer than 10,000 entries shows its first 10,000. */
const MAX_PAGINAS = 50;
const signaal = () => AbortSignal.timeout(8_000);

/** Follows `volgende` through every page of a list (API.md: lists are paginated); answers the pages. */
async function allePaginas<P extends { volgende?: string }>(lees: (cursor?: string) => Promise<P>): Promise<P[]> {
  const paginas: P[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGINAS; i++) {
    const pagina = await lees(cursor);
    paginas.push(pagina);
    cursor = pagina.volgende;
    if (!cursor) break;
  }
  return paginas;
}

/** The API through the generated typed client (`@wegwijs/api-client`): paths, parameters and bodies checked by tsc. */
export function httpWegwijsApi(options: {
  basis: string;
  accessToken: string;
  inburgeraarId: string;
  fetch?: typeof fetch;
}): WegwijsApi {
  const api = wegwijsClient({
    origin: options.basis,
    token: options.accessToken,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const path = { id: options.inburgeraarId };
  const query = (cursor?: string) => ({ limit: PAGINA_LIMIT, ...(cursor ? { cursor } : {}) });
  return {
    dossier: async () => uitkomst(await api.GET('/inburgeraars/{id}', { params: { path }, signal: signaal() })),
    inzage: async () => uitkomst(await api.GET('/inburgeraars/{id}/inzage', { params: { path }, signal: signaal() })),
    async toestemmingen() {
      const paginas = await allePaginas(async (cursor) =>
        uitkomst(
          await api.GET('/inburgeraars/{id}/toestemmingen', {
            params: { path, query: query(cursor) },
            signal: signaal(),
          }),
        ),
      );
      return paginas.flatMap((p) => p.items);
    },
    geefToestemming: async (body, sleutel) =>
      uitkomst(
        await api.POST('/inburgeraars/{id}/toestemmingen', {
          params: { path },
          body,
          headers: { 'idempotency-key': sleutel },
          signal: signaal(),
        }),
      ),
    async trekIn(toestemmingId, sleutel) {
      uitkomst(
        await api.POST('/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking', {
          params: { path: { ...path, toestemmingId } },
          body: {},
          headers: { 'idempotency-key': sleutel },
          signal: signaal(),
        }),
      );
    },
    async verwerkingen() {
      const paginas = await allePaginas(async (cursor) =>
        uitkomst(
          await api.GET('/inburgeraars/{id}/verwerkingen', {
            params: { path, query: query(cursor) },
            signal: signaal(),
          }),
        ),
      );
      return {
        items: paginas.flatMap((p) => p.items),
        ketenGeldig: paginas.every((p) => p.keten?.geldig === true),
      };
    },
  };
}
