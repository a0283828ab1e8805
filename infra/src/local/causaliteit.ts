import { randomUUID } from 'node:crypto';
import type { KetenMeta } from '@wegwijs/local-kit';
import { decodeJwt } from 'jose';

/** The header the kit reads as the correlation id; events a request causes carry it, and so do their consequences. */
export const CORRELATIE_HEADER = 'x-correlation-id';
const GELDIGE_CORRELATIE = /^[A-Za-z0-9._-]{1,128}$/;
/** How long the gateway remembers which principal started a chain (far longer than any local delivery takes). */
const ONTHOUD_MS = 5 * 60_000;

/** What a request may have to read: the chains it must wait for before the gateway hands it to a function. */
export interface Reikwijdte {
  /** The chains earlier requests of the same caller (sub and org of the token) started: its own causal chain. */
  readonly principal?: string;
  /** Chains about this inburgeraar (the path's `/v1/inburgeraars/{id}`, or an inburgeraar's own token). */
  readonly inburgeraarId?: string;
  /** Chains about these gemeenten (reads of lists and worklists, the casuistiekoverleg of a gemeente). */
  readonly gemeenten?: readonly string[];
  /** Every chain in flight (pages, and calls whose scope is unknown). */
  readonly alles?: boolean;
}

interface Claims {
  sub?: string;
  org?: string;
  rol?: string;
  gemeenten?: string[];
}

function claimsVan(authorization: string | undefined): Claims | undefined {
  const token = authorization?.match(/^Bearer (\S+)$/i)?.[1];
  if (!token) return undefined;
  try {
    // Read only to scope the local barrier; the function verifies the token as it always does.
    return decodeJwt(token) as Claims;
  } catch {
    return undefined;
  }
}

/**
 * Read-your-writes on the local platform without a global barrier. Each request gets a correlation id (its own, or
 * one the gateway assigns) that every event it causes carries down the chain; the gateway remembers which caller
 * started which chain. Before a request runs it waits only for the chains in flight that it may read: its caller's
 * own, those about the inburgeraar it addresses, and for gemeente-wide reads those about the caller's gemeenten.
 */
export class Causaliteit {
  private readonly starter = new Map<string, { principal: string; op: number }>();

  /** The scope of a request, and the correlation id to hand to the function (set on `headers`). */
  reikwijdte(
    method: string,
    path: string,
    query: URLSearchParams,
    headers: Record<string, string | undefined>,
  ): Reikwijdte {
    const claims = claimsVan(headers.authorization);
    const principal = claims?.sub ? `${claims.sub}|${claims.org ?? ''}` : undefined;
    const gegeven = headers[CORRELATIE_HEADER];
    const correlatie = gegeven && GELDIGE_CORRELATIE.test(gegeven) ? gegeven : randomUUID();
    headers[CORRELATIE_HEADER] = correlatie;
    if (principal) this.onthoud(correlatie, principal);

    const inburgeraarId =
      path.match(/^\/v1\/inburgeraars\/([^/]+)/)?.[1] ?? (claims?.rol === 'inburgeraar' ? claims.sub : undefined);
    const cbs = path.match(/^\/v1\/(?:casuistiekoverleg|gemeenten)\/([^/]+)/)?.[1];
    const gemeenteVraag = method === 'GET' || cbs !== undefined;
    const gemeenten = cbs
      ? [cbs]
      : (query.get('gemeente')?.split(',') ?? (claims?.gemeenten?.length ? claims.gemeenten : undefined));
    return {
      ...(principal ? { principal } : {}),
      ...(inburgeraarId ? { inburgeraarId } : {}),
      ...(gemeenteVraag && !inburgeraarId && gemeenten ? { gemeenten } : {}),
      ...(gemeenteVraag && !inburgeraarId && !gemeenten && !principal ? { alles: true } : {}),
    };
  }

  /** Whether an in-flight event belongs to a chain the request must wait for. */
  betreft(r: Reikwijdte): (meta: KetenMeta) => boolean {
    return (meta) =>
      r.alles === true ||
      (r.inburgeraarId !== undefined && meta.inburgeraarId === r.inburgeraarId) ||
      (r.gemeenten !== undefined && meta.gemeente !== undefined && r.gemeenten.includes(meta.gemeente)) ||
      (r.principal !== undefined &&
        meta.correlationId !== undefined &&
        this.starter.get(meta.correlationId)?.principal === r.principal);
  }

  private onthoud(correlatie: string, principal: string): void {
    const nu = Date.now();
    this.starter.delete(correlatie);
    this.starter.set(correlatie, { principal, op: nu });
    // Insertion order is age order: drop what is older than any delivery could still be.
    for (const [c, { op }] of this.starter) {
      if (nu - op < ONTHOUD_MS) break;
      this.starter.delete(c);
    }
  }
}
