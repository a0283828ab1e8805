import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { Rol } from '@wegwijs/contracts';

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/), as Logius' Logboek Dataverwerkingen uses it: a request's
 * `traceparent` (`00-<trace-id>-<parent-id>-<flags>`) is taken up by the HTTP chain, every event the request causes
 * carries it in `meta.traceparent`, and every consumer continues that trace with a span of its own. A request or an
 * event without one starts a new trace. Every log line carries `trace_id` and `span_id` (logger.ts).
 */
export interface TraceContext {
  /** 32 lowercase hex digits, not all zero. */
  traceId: string;
  /** This function's own span: 16 lowercase hex digits, not all zero. */
  spanId: string;
  /** The caller's span, when the trace came in with a `traceparent`. */
  parentId?: string;
  /** The trace flags (two hex digits), kept as received; `01` (sampled) for a new trace. */
  flags: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;
const NUL = /^0+$/;

/** The trace id, parent id and flags of a `traceparent` header, or undefined when it is absent or not valid. */
export function leesTraceparent(
  header: string | undefined,
): { traceId: string; parentId: string; flags: string } | undefined {
  const m = TRACEPARENT.exec(header?.trim() ?? '');
  if (!m) return undefined;
  const [, versie, traceId, parentId, flags] = m as unknown as [string, string, string, string, string];
  // Version ff is invalid; version 00 has exactly four fields (a future version may add more after a dash).
  if (versie === 'ff' || (versie === '00' && header?.trim().length !== 55)) return undefined;
  if (NUL.test(traceId) || NUL.test(parentId)) return undefined;
  return { traceId, parentId, flags };
}

const hex = (bytes: number) => {
  for (;;) {
    const h = randomBytes(bytes).toString('hex');
    if (!NUL.test(h)) return h;
  }
};

/** A span of this function in the trace `traceparent` names (its child), or the first span of a new trace. */
export function spanVan(traceparent: string | undefined): TraceContext {
  const ouder = leesTraceparent(traceparent);
  return ouder
    ? { traceId: ouder.traceId, spanId: hex(8), parentId: ouder.parentId, flags: ouder.flags }
    : { traceId: hex(16), spanId: hex(8), flags: '01' };
}

/** The `traceparent` that names this span as the parent of what it causes. */
export const traceparentVan = (t: TraceContext) => `00-${t.traceId}-${t.spanId}-${t.flags}`;

/**
 * What the kit knows of the request or event a function is handling now, per invocation (the local platform runs
 * invocations of one function concurrently in one thread, so this lives in an AsyncLocalStorage, not a module variable).
 */
export interface Aanroep {
  trace: TraceContext;
  /** The list a cursor made now belongs to (route, path, filter and principal, hashed): see pagina.ts. */
  cursorBinding?: string;
  /** The request's correlation id. */
  correlationId?: string;
  /** The verified caller of the request (set by the HTTP chain once the token is verified). */
  principal?: { sub: string; rol: Rol; org?: string | undefined; gemeenten: string[] };
  /** The first dossier the request's access check looked at (`relatieTot`): the access log's gemeente and object. */
  dossier?: { inburgeraarId: string; gemeente: string };
}

const opslag = new AsyncLocalStorage<Aanroep>();

/** Runs `f` with `aanroep` as the current invocation. */
export const binnenAanroep = <T>(aanroep: Aanroep, f: () => T): T => opslag.run(aanroep, f);

/** The invocation being handled now, if any. */
export const huidigeAanroep = (): Aanroep | undefined => opslag.getStore();

/** The `traceparent` to put in the meta of an event made now, if a trace is current. */
export const huidigeTraceparent = (): string | undefined => {
  const a = opslag.getStore();
  return a ? traceparentVan(a.trace) : undefined;
};

/** `meta` with the current `traceparent` when it has none of its own. */
export const metTraceparent = <M extends { traceparent?: string | undefined }>(meta: M): M => {
  if (meta.traceparent) return meta;
  const traceparent = huidigeTraceparent();
  return traceparent ? { ...meta, traceparent } : meta;
};
