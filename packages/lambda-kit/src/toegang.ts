import { type Bron, CONTEXTEN, type Context, PERSOON_PAD, PERSOONS_ROUTES, ToegangGelogd } from '@wegwijs/contracts';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { anoniemEvent, type OutgoingEvent } from './publisher';
import type { Aanroep } from './trace';

/**
 * The access log's side of the HTTP chain (issue 20, API.md "Access log"): whether a route reads or writes personal
 * data of inburgeraars, and the one event per such request that the chain publishes, whatever the handler did.
 */

/** Whether this route key reads or writes personal data (every path under `/v1/inburgeraars/{id}`, lists of persons). */
export const isPersoonsRoute = (routeKey: string): boolean => {
  const pad = routeKey.slice(routeKey.indexOf(' ') + 1);
  return PERSOONS_ROUTES.has(routeKey) || pad === PERSOON_PAD || pad.startsWith(`${PERSOON_PAD}/`);
};

const CBS = /^\d{4}$/;
const eenCbs = (x: unknown): string | undefined => (typeof x === 'string' && CBS.test(x) ? x : undefined);
const ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The top-level fields of a JSON answer (an aanmelding's new inburgeraarId and gemeente), or nothing. */
function antwoordVelden(response: APIGatewayProxyStructuredResultV2): Record<string, unknown> {
  if (typeof response.body !== 'string' || !response.headers?.['content-type']?.toString().includes('json')) return {};
  try {
    const body: unknown = JSON.parse(response.body);
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The producing context's source: the service the function belongs to. */
const bronVanService = (service: string | undefined): Bron | undefined =>
  (CONTEXTEN as readonly string[]).includes(service ?? '') && service !== 'toegangslog'
    ? (`wegwijs.${service as Context}` as Bron)
    : undefined;

/**
 * The access log event of one request: actor, route, object (the inburgeraar in the path, or the one an aanmelding
 * created), the gemeente (of the dossier the access check looked at, else the path's, the filter's, the answer's, or
 * the caller's only one), the status, the source address, the time and the trace.
 */
export function toegangEvent(
  aanroep: Aanroep & { principal: NonNullable<Aanroep['principal']> },
  event: APIGatewayProxyEventV2,
  response: APIGatewayProxyStructuredResultV2,
  nu: Date,
  standaardGemeente: () => string,
  service: string | undefined,
): OutgoingEvent | undefined {
  const bron = bronVanService(service);
  if (!bron) return undefined;
  const { principal, trace } = aanroep;
  const status = response.statusCode ?? 200;
  const antwoord = status < 300 ? antwoordVelden(response) : {};
  // The person of the path: `{id}` under /v1/inburgeraars, or `{inburgeraarId}` (the vernietigingslijst).
  const padId = event.pathParameters?.id ?? event.pathParameters?.inburgeraarId;
  const object =
    (padId && ID.test(padId) ? padId : undefined) ??
    aanroep.dossier?.inburgeraarId ??
    (typeof antwoord.inburgeraarId === 'string' && ID.test(antwoord.inburgeraarId)
      ? antwoord.inburgeraarId
      : undefined);
  const gemeente =
    aanroep.dossier?.gemeente ??
    eenCbs(event.pathParameters?.cbs) ??
    eenCbs(event.queryStringParameters?.gemeente) ??
    eenCbs(antwoord.gemeente) ??
    (principal.gemeenten.length === 1 ? principal.gemeenten[0] : undefined);
  const oorsprong = event.requestContext?.http?.sourceIp ?? 'onbekend';
  return anoniemEvent(
    ToegangGelogd,
    bron,
    {
      gemeente: gemeente ?? standaardGemeente(),
      actor: { rol: principal.rol, ...(principal.org ? { org: principal.org } : {}) },
      correlationId: aanroep.correlationId ?? event.requestContext?.requestId ?? 'onbekend',
    },
    {
      tijdstip: nu.toISOString(),
      actor: {
        sub: principal.sub.slice(0, 128),
        rol: principal.rol,
        ...(principal.org ? { org: principal.org.slice(0, 128) } : {}),
      },
      route: event.routeKey,
      ...(object ? { object } : {}),
      ...(gemeente ? { gemeente } : {}),
      resultaat: status,
      oorsprong: oorsprong.slice(0, 64),
      traceId: trace.traceId,
      spanId: trace.spanId,
    },
  );
}
