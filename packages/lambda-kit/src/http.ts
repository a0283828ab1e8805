import { createHash } from 'node:crypto';
import middy from '@middy/core';
import { padParamsVoor } from '@wegwijs/contracts';
import { API_VERSION, API_VERSION_HEADER } from '@wegwijs/contracts/versie';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { ulid } from 'ulid';
import type * as z from 'zod/mini';
import { createTokenVerifier, type TokenVerifier, uitvoeringsorganisatiesVan } from './auth';
import { systemClock } from './clock';
import { dynamoClient } from './dynamo';
import { omgeving } from './env';
import { BadRequest, Forbidden, HttpError, NotFound, PayloadTooLarge, UnsupportedMediaType } from './errors';
import {
  dynamoIdempotencyStore,
  fingerprintOf,
  type IdempotencyStore,
  idempotencySleutel,
  persoonVan,
  STANDAARD_BEZIG_MS,
  type StoredResponse,
} from './idempotency';
import { logger } from './logger';
import type { Principal } from './principal';
import { problemResponse, toProblem } from './problem';
import { createPublisher, type OutgoingEvent, type Publisher } from './publisher';
import { isPersoonsRoute, toegangEvent } from './toegang';
import { type Aanroep, binnenAanroep, huidigeAanroep, spanVan } from './trace';
import { parseOrBadRequest } from './validation';

export const MAX_BODY_BYTES = 256 * 1024;

export interface RouteRequest<B, P, Q> {
  principal: Principal;
  body: B;
  params: P;
  query: Q;
  correlationId: string;
  headers: Readonly<Record<string, string | undefined>>;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Schema = z.ZodMiniType;
type Out<S> = S extends Schema ? z.infer<S> : undefined;

export interface RouteDef<BS = undefined, PS = undefined, QS = undefined> {
  body?: BS;
  params?: PS;
  query?: QS;
  /** Writes honour Idempotency-Key by default. */
  idempotent?: boolean;
  /**
   * The route's own access check (load what it needs, throw NotFound or Forbidden). It runs on every request before
   * the handler and before an Idempotency-Key is looked up, so a stored answer is only replayed to a caller this route
   * admits now. Required on every write route that honours Idempotency-Key.
   */
  autoriseer?(req: RouteRequest<Out<BS>, Out<PS>, Out<QS>>): Promise<unknown>;
  handle(req: RouteRequest<Out<BS>, Out<PS>, Out<QS>>): Promise<RouteResult>;
}

/** Declares one route with typed, strictly validated body, path and query. */
export const route = <
  BS extends Schema | undefined = undefined,
  PS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
>(
  def: RouteDef<BS, PS, QS>,
) => def as unknown as AnyRoute;

/** A route with its types erased, as the route table holds it. */
export interface AnyRoute {
  body?: Schema;
  params?: Schema;
  query?: Schema;
  idempotent?: boolean;
  autoriseer?(req: RouteRequest<unknown, unknown, unknown>): Promise<unknown>;
  handle(req: RouteRequest<unknown, unknown, unknown>): Promise<RouteResult>;
}

export interface HttpHandlerOptions {
  /** Keyed by API Gateway route key, e.g. `POST /v1/inburgeraars/{id}/meetmomenten`. */
  routes: Record<string, AnyRoute>;
  /** Route keys that need no token. */
  publiek?: readonly string[];
  verifier?: TokenVerifier;
  idempotency?: IdempotencyStore;
  /** Where the access log events go (default: the deployment's event bus). */
  toegangslog?: Publisher;
  /** The time of an access log entry (default: the system clock). */
  nu?: () => Date;
}

const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 => ({
  statusCode: status,
  // No body (204 No Content): no media type either.
  headers: {
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    [API_VERSION_HEADER]: API_VERSION,
    ...headers,
  },
  ...(body === undefined ? {} : { body: tekstBody(body, headers) ?? JSON.stringify(body) }),
});

/** A text body a route answers in another media type (for example `text/csv`) goes out as it is. */
const tekstBody = (body: unknown, headers: Record<string, string>) =>
  typeof body === 'string' && headers['content-type']?.startsWith('text/') ? body : undefined;

const CORRELATION_HEADER = 'x-correlation-id';
const correlationOf = (event: APIGatewayProxyEventV2) => {
  const bekend = huidigeAanroep()?.correlationId;
  if (bekend) return bekend;
  const given = event.headers?.[CORRELATION_HEADER];
  return given && /^[A-Za-z0-9._-]{1,128}$/.test(given) ? given : (event.requestContext?.requestId ?? ulid());
};

/**
 * What a cursor handed out by this request is bound to: the route, its path parameters, its filter (the query without
 * `cursor` and `limit`) and the principal. A cursor used on another list, filter or caller is then 400 (pagina.ts).
 */
function cursorBindingVan(event: APIGatewayProxyEventV2, principal: Principal): string {
  const gesorteerd = (r: Record<string, string | undefined> | undefined, zonder: readonly string[] = []) =>
    Object.entries(r ?? {})
      .filter(([k]) => !zonder.includes(k))
      .sort(([a], [b]) => a.localeCompare(b));
  const lijst = JSON.stringify([
    event.routeKey,
    gesorteerd(event.pathParameters),
    gesorteerd(event.queryStringParameters, ['cursor', 'limit']),
    principal.sub,
    principal.rol,
    principal.org ?? '',
  ]);
  return createHash('sha256').update(lijst).digest('base64url').slice(0, 16);
}

/** `application/json` or a `+json` type; a body without a content-type is read as JSON too. */
const JSON_MEDIA_TYPE = /^application\/([a-z0-9.-]+\+)?json$/;

function readBody(event: APIGatewayProxyEventV2): unknown {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (raw.byteLength > MAX_BODY_BYTES) throw new PayloadTooLarge(MAX_BODY_BYTES);
  const mediaType = event.headers?.['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType && !JSON_MEDIA_TYPE.test(mediaType)) throw new UnsupportedMediaType();
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BadRequest('De body is geen geldige JSON.');
  }
}

/**
 * The HTTP handler of a context: a middy chain of correlation id, problem+json error handling, token verification,
 * strict validation and Idempotency-Key support, around a table of routes.
 */
export function httpHandler(options: HttpHandlerOptions) {
  for (const [routeKey, def] of Object.entries(options.routes)) {
    if (!routeKey.startsWith('GET ') && def.idempotent !== false && !def.autoriseer) {
      throw new Error(`${routeKey} needs autoriseer`);
    }
  }
  let verifier = options.verifier;
  let idempotency = options.idempotency;
  let toegangslog = options.toegangslog;
  const publiek = new Set(options.publiek ?? []);
  const deps = () => {
    if (!verifier) {
      const { config } = omgeving();
      verifier = createTokenVerifier(config.issuers, uitvoeringsorganisatiesVan(config));
    }
    return verifier;
  };
  const idempotencyStore = () => {
    if (!idempotency) {
      const tabel = omgeving().tabel;
      if (tabel) idempotency = dynamoIdempotencyStore(dynamoClient(), tabel);
    }
    return idempotency;
  };

  const core = async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const correlationId = correlationOf(event);
    const def = options.routes[event.routeKey];
    if (!def) throw new NotFound('Dit pad bestaat niet.');
    const v = deps();
    const headers = event.headers ?? {};
    const principal = publiek.has(event.routeKey)
      ? ({ sub: 'anoniem', rol: 'inburgeraar', gemeenten: [] } as Principal)
      : await v.verify(headers.authorization);
    const aanroep = huidigeAanroep();
    const persoonsRoute = !publiek.has(event.routeKey) && isPersoonsRoute(event.routeKey);
    if (aanroep) {
      aanroep.cursorBinding = cursorBindingVan(event, principal);
      if (persoonsRoute) aanroep.principal = principal;
    }
    // Need to know (API.md): a beleidsmedewerker sees aggregates only, never a person's data or a list of persons.
    if (persoonsRoute && principal.rol === 'beleidsmedewerker') {
      throw new Forbidden('Een beleidsmedewerker ziet alleen totalen (de regiemonitor), geen gegevens van personen.');
    }
    const rawBody = readBody(event);
    // An absent body is an empty object; a JSON `null` is a body of the wrong type.
    const body = def.body ? parseOrBadRequest(def.body, rawBody === undefined ? {} : rawBody, 'body') : undefined;
    if (!def.body && rawBody !== undefined && event.requestContext.http.method !== 'GET') {
      throw new BadRequest('Dit pad neemt geen body.');
    }
    // Every path id of every route first meets the one shared, length-limited schema, whatever the route declares.
    parseOrBadRequest(padParamsVoor(event.routeKey), event.pathParameters ?? {}, 'path');
    const params = def.params ? parseOrBadRequest(def.params, event.pathParameters ?? {}, 'path') : undefined;
    const query = def.query ? parseOrBadRequest(def.query, event.queryStringParameters ?? {}, 'query') : undefined;
    const req = { principal, body, params, query, correlationId, headers };

    // The route's own access check runs first on every request, so the answer never depends on whether an
    // Idempotency-Key came along, and a refused caller learns nothing of what a key holds and stores nothing.
    await def.autoriseer?.(req);
    const idempotencyKey = headers['idempotency-key'];
    const isWrite = event.requestContext.http.method !== 'GET';
    const store = idempotencyKey !== undefined && isWrite && def.idempotent !== false ? idempotencyStore() : undefined;
    if (idempotencyKey !== undefined && store) {
      if (!/^[A-Za-z0-9._:-]{1,128}$/.test(idempotencyKey)) {
        throw new BadRequest('Idempotency-Key moet 1 tot 128 tekens zijn uit A-Z a-z 0-9 . _ : -');
      }
      const key = idempotencySleutel(principal, event.routeKey, params, idempotencyKey);
      const fingerprint = fingerprintOf(event.body ?? '');
      const resterend = context?.getRemainingTimeInMillis?.() ?? STANDAARD_BEZIG_MS;
      const uitPad = persoonVan(event.routeKey, params);
      const begun = await store.begin(key, fingerprint, {
        bezigTot: Date.now() + resterend + 5_000,
        ...(uitPad ? { persoon: uitPad } : {}),
      });
      if (begun.kind === 'replay') {
        const { status, body: first } = begun.response;
        return json(status, first, {
          'idempotency-replayed': 'true',
          ...(status >= 400 ? { 'content-type': 'application/problem+json' } : {}),
        });
      }
      let stored: StoredResponse;
      try {
        const result = await def.handle(req);
        stored = { status: result.status, body: result.body };
        await store.complete(key, fingerprint, stored, persoonVan(event.routeKey, params, result.body, body));
        return json(result.status, result.body, result.headers);
      } catch (e) {
        if (e instanceof HttpError && e.status < 500) {
          const problem = toProblem(e, event.rawPath);
          const persoon = persoonVan(event.routeKey, params, body);
          await store.complete(key, fingerprint, { status: problem.status, body: problem }, persoon);
        } else {
          await store.release(key).catch(() => undefined);
        }
        throw e;
      }
    }
    const result = await def.handle(req);
    return json(result.status, result.body, result.headers);
  };

  const keten = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use({
      before: (request) => {
        logger.resetKeys();
        logger.appendKeys({ correlationId: correlationOf(request.event), routeKey: request.event.routeKey });
      },
      after: (request) => {
        if (request.response) {
          request.response.headers = {
            ...request.response.headers,
            [CORRELATION_HEADER]: correlationOf(request.event),
          };
          logger.info('request handled', { status: request.response.statusCode });
        }
      },
      onError: (request) => {
        const error = request.error;
        const problem = toProblem(error, request.event.rawPath);
        if (problem.status >= 500) {
          // The message may quote data; log the class and the frames only.
          logger.error('request failed', {
            errorName: error instanceof Error ? error.name : typeof error,
            frames: error instanceof Error ? error.stack?.split('\n').slice(1, 8).join('\n') : undefined,
          });
        } else {
          logger.info('request refused', { status: problem.status, type: problem.type });
        }
        request.response = problemResponse(problem, {
          [CORRELATION_HEADER]: correlationOf(request.event),
          [API_VERSION_HEADER]: API_VERSION,
          ...(problem.status === 401 ? { 'www-authenticate': 'Bearer realm="wegwijs"' } : {}),
        });
      },
    })
    .handler(core);

  /**
   * Every request that reached a route of personal data with a verified token is logged in the access log, whatever
   * the handler did or answered: one event, published before the answer leaves. When it cannot be published, a read
   * is withheld (503: no read of personal data goes unrecorded); a write that was already stored is still answered
   * (what is acknowledged is never denied, and its events are durable in the outbox), and its entry, ids only, goes
   * to the function log at level error, which alarms (docs/SECURITY.md), so it can be filed by hand.
   */
  const logToegang = async (
    aanroep: Aanroep,
    event: APIGatewayProxyEventV2,
    response: APIGatewayProxyStructuredResultV2,
  ): Promise<APIGatewayProxyStructuredResultV2> => {
    const principal = aanroep.principal;
    if (!principal) return response;
    let e: OutgoingEvent | undefined;
    try {
      e = toegangEvent(
        { ...aanroep, principal },
        event,
        response,
        options.nu?.() ?? systemClock.now(),
        () => omgeving().config.gemeenten[0] ?? '0000',
        process.env.POWERTOOLS_SERVICE_NAME,
      );
      if (!e) return response;
      toegangslog ??= createPublisher({ busName: omgeving().eventBus });
      await toegangslog.publish(e);
      return response;
    } catch (error) {
      const status = response.statusCode ?? 200;
      const opgeslagen = event.requestContext?.http?.method !== 'GET' && status < 300;
      logger.error('access log entry not published', {
        errorName: error instanceof Error ? error.name : typeof error,
        ...(opgeslagen && e ? { toegang: e.data } : {}),
      });
      if (opgeslagen) return response;
      return problemResponse(
        toProblem(
          new HttpError(
            503,
            'toegangslog-niet-beschikbaar',
            'Tijdelijk niet beschikbaar',
            'Probeer het later opnieuw.',
          ),
        ),
        {
          [CORRELATION_HEADER]: correlationOf(event),
          [API_VERSION_HEADER]: API_VERSION,
        },
      );
    }
  };

  return async (event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    // The request's trace (W3C traceparent, or a new one) and correlation hold for everything it does and causes.
    const aanroep: Aanroep = { trace: spanVan(event.headers?.traceparent) };
    return binnenAanroep(aanroep, async () => {
      aanroep.correlationId = correlationOf(event);
      const response = await keten(event, context);
      return logToegang(aanroep, event, response);
    });
  };
}
