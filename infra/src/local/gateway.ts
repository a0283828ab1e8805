import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HTTP_ROUTES, type HttpRoute, probleemTitel } from '@wegwijs/contracts';
import { API_VERSION, API_VERSION_HEADER } from '@wegwijs/contracts/versie';
import {
  apiGatewayEvent,
  type DevIssuer,
  devKlokBody,
  devTokenBody,
  type KetenMeta,
  matchPath,
} from '@wegwijs/local-kit';
import type { LokaleOidc } from '@wegwijs/local-kit/oidc-provider';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { PAGINA_ROUTES, type PaginaRoute } from '../services';
import { Causaliteit } from './causaliteit';
import { answerClientError, readBody, sendJson, sendProblem, TeGroot } from './http-util';

/** The gateway refuses bodies above this before any handler runs; handlers enforce the contract's 256 KiB. */
const GATEWAY_BODY_LIMIT = 1024 * 1024;
/**
 * Node reads 16 KiB of headers by default and answers 431 with an empty body above it. The gateway reads 32 KiB, so
 * an oversized token reaches the kit (401 problem+json, keep-alive intact); beyond that `answerClientError` says 401.
 */
const MAX_HEADER_BYTES = 32 * 1024;

export interface GatewayDeps {
  issuer: DevIssuer;
  /** Invokes the HTTP function of a service with an API Gateway v2 event. */
  invokeHttp(service: string, event: unknown): Promise<APIGatewayProxyResultV2>;
  /** Resolves when the local event bus has delivered everything pending (`/dev/settled`). */
  settled(): Promise<void>;
  /**
   * Resolves when the chains in flight now whose events match, and what they cause, are delivered: read-your-writes
   * for a request's own causal chain (see `Causaliteit`), without waiting for everyone's deliveries.
   */
  ketensKlaar(betreft: (meta: KetenMeta) => boolean): Promise<void>;
  deadLetters(): unknown[];
  /** Delivers a dead letter again, once (`POST /dev/dead-letters/{id}/redrive`); undefined for an unknown id. */
  redrive(id: string): { status: string; deadLetter: unknown } | undefined;
  /** The alarms a deployed stack would send to its topic (`GET /dev/alarmen`). */
  alarmen?(): readonly unknown[];
  runPlanners(): Promise<void>;
  /** Sets (`undefined`: resets) the time every function sees and the dev issuer mints tokens at. */
  zetKlok(nu: Date | undefined): void;
  /** The development OpenID Provider (mounted at its issuer's path), once the platform knows its own URL. */
  oidc?(): LokaleOidc | undefined;
}

/** A page route of the portaal (`/mijn`, `/mijn/{proxy+}`) for this path, with its proxy parameter. */
function findPagina(method: string, path: string): { route: PaginaRoute; params: Record<string, string> } | undefined {
  for (const route of PAGINA_ROUTES) {
    if (!(route.methods as readonly string[]).includes(method)) continue;
    const basis = route.path.replace('/{proxy+}', '');
    if (route.path.endsWith('{proxy+}')) {
      if (path.startsWith(`${basis}/`) && path.length > basis.length + 1) {
        return { route, params: { proxy: path.slice(basis.length + 1) } };
      }
    } else if (path === route.path) return { route, params: {} };
  }
  return undefined;
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/**
 * What API Gateway's HTTP API adds to a payload 2.0 event that the JSON routes never needed: the `cookies` array, and
 * a form body base64-encoded (as API Gateway does for content that is not text or JSON).
 */
function alsApiGateway(event: APIGatewayProxyEventV2): APIGatewayProxyEventV2 {
  const cookie = event.headers.cookie;
  const cookies = cookie
    ? cookie
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean)
    : undefined;
  const { cookie: _cookie, ...headers } = event.headers;
  const form = event.body !== undefined && FORM_TYPES.test(event.headers['content-type'] ?? '');
  return {
    ...event,
    headers,
    ...(cookies?.length ? { cookies } : {}),
    ...(form && event.body !== undefined
      ? { body: Buffer.from(event.body, 'utf8').toString('base64'), isBase64Encoded: true }
      : {}),
  };
}

function findRoute(
  method: string,
  path: string,
): { route: HttpRoute; params: Record<string, string> } | 'method' | undefined {
  let pathMatched = false;
  for (const route of HTTP_ROUTES) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    pathMatched = true;
    if (route.method === method) return { route, params };
  }
  return pathMatched ? 'method' : undefined;
}

const withTimeout = (p: Promise<void>, ms: number) =>
  Promise.race([p, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

async function handleDev(req: IncomingMessage, res: ServerResponse, path: string, deps: GatewayDeps): Promise<boolean> {
  if (req.method === 'GET' && path === '/.well-known/jwks.json') {
    sendJson(res, 200, deps.issuer.jwks, { 'cache-control': 'max-age=300' });
    return true;
  }
  if (path === '/dev/token' && req.method === 'POST') {
    let raw: unknown;
    try {
      raw = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}');
    } catch {
      sendProblem(res, 400, 'ongeldig-verzoek', 'De body is geen geldige JSON.');
      return true;
    }
    const parsed = devTokenBody.safeParse(raw);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '/', message: i.code }));
      res.writeHead(400, { 'content-type': 'application/problem+json' });
      res.end(
        JSON.stringify({
          type: 'https://wegwijs.nl/problemen/ongeldig-verzoek',
          title: probleemTitel(400),
          status: 400,
          detail: 'Body: { sub, rol, org?, gemeenten?, ttlSeconden? }',
          errors,
        }),
      );
      return true;
    }
    sendJson(res, 200, { token: await deps.issuer.mint(parsed.data) });
    return true;
  }
  if (path === '/dev/klok' && (req.method === 'POST' || req.method === 'DELETE')) {
    if (req.method === 'DELETE') {
      deps.zetKlok(undefined);
      sendJson(res, 200, { nu: new Date().toISOString() });
      return true;
    }
    let raw: unknown;
    try {
      raw = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}');
    } catch {
      sendProblem(res, 400, 'ongeldig-verzoek', 'De body is geen geldige JSON.');
      return true;
    }
    const parsed = devKlokBody.safeParse(raw);
    if (!parsed.success) {
      sendProblem(res, 400, 'ongeldig-verzoek', 'Body: { nu } (een ISO 8601-tijdstip met zijn offset).');
      return true;
    }
    deps.zetKlok(new Date(parsed.data.nu));
    sendJson(res, 200, { nu: new Date(parsed.data.nu).toISOString() });
    return true;
  }
  if (path === '/dev/dead-letters' && req.method === 'GET') {
    sendJson(res, 200, { items: deps.deadLetters() });
    return true;
  }
  const redrive = /^\/dev\/dead-letters\/([^/]+)\/redrive$/.exec(path);
  if (redrive && req.method === 'POST') {
    const uitkomst = deps.redrive(decodeURIComponent(redrive[1] ?? ''));
    if (!uitkomst) sendProblem(res, 404, 'niet-gevonden', 'Er is geen dead letter met dit id.');
    // 202: delivered again now; 200: redriven before, nothing done (a redrive is idempotent).
    else sendJson(res, uitkomst.status === 'herleverd' ? 202 : 200, uitkomst);
    return true;
  }
  if (path === '/dev/alarmen' && req.method === 'GET') {
    sendJson(res, 200, { items: deps.alarmen?.() ?? [] });
    return true;
  }
  if (path === '/dev/settled' && req.method === 'GET') {
    await withTimeout(deps.settled(), 10_000);
    sendJson(res, 200, { settled: true });
    return true;
  }
  if (path === '/dev/planner' && req.method === 'POST') {
    await deps.runPlanners();
    sendJson(res, 200, { ran: true });
    return true;
  }
  return false;
}

/**
 * The local API Gateway: turns each request into the API Gateway HTTP API (payload 2.0) event of its route and
 * hands it to the service's HTTP function, exactly as Lambda would receive it. Local-only extras: the JWKS and
 * token endpoints of the development issuer and a few /dev helpers.
 */
export function createGateway(deps: GatewayDeps): Server {
  const causaliteit = new Causaliteit();
  /** The request's headers (with its correlation id), after the chains it may read are delivered. */
  const naKetens = async (req: IncomingMessage, url: URL, path: string, pagina: boolean) => {
    const headers: Record<string, string | undefined> = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
    );
    const r = causaliteit.reikwijdte(req.method ?? 'GET', path, url.searchParams, headers);
    await withTimeout(deps.ketensKlaar(causaliteit.betreft(pagina ? { alles: true } : r)), 3_000);
    return headers;
  };
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    res.setHeader(API_VERSION_HEADER, API_VERSION);
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      try {
        if (await handleDev(req, res, path, deps)) return;
        const oidc = deps.oidc?.();
        if (oidc && (path === oidc.mountPath || path.startsWith(`${oidc.mountPath}/`))) {
          await oidc.handle(req, res);
          return;
        }
        const pagina = findPagina(req.method ?? 'GET', path);
        if (pagina) {
          const body = await readBody(req, GATEWAY_BODY_LIMIT);
          const headers = await naKetens(req, url, path, true);
          const event = apiGatewayEvent({
            method: req.method ?? 'GET',
            routePath: pagina.route.path,
            rawPath: path,
            pathParameters: pagina.params,
            query: url.search.slice(1),
            headers,
            ...(body.length ? { body: body.toString('utf8') } : {}),
            sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
          });
          writeResult(res, await deps.invokeHttp(pagina.route.service, alsApiGateway(event)));
          return;
        }
        const found = findRoute(req.method ?? 'GET', path);
        if (found === undefined) {
          sendProblem(res, 404, 'niet-gevonden', 'Dit pad bestaat niet.');
          return;
        }
        if (found === 'method') {
          sendProblem(res, 405, 'methode-niet-toegestaan', `${req.method} is hier niet toegestaan.`);
          return;
        }
        const body = await readBody(req, GATEWAY_BODY_LIMIT);
        const headers = await naKetens(req, url, path, false);
        const event = apiGatewayEvent({
          method: found.route.method,
          routePath: found.route.path,
          rawPath: path,
          pathParameters: found.params,
          query: url.search.slice(1),
          headers,
          ...(body.length ? { body: body.toString('utf8') } : {}),
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        });
        const result = await deps.invokeHttp(found.route.service, event);
        writeResult(res, result);
      } catch (e) {
        if (e instanceof TeGroot) {
          const sluit: Record<string, string> = e.afsluiten ? { connection: 'close' } : {};
          sendProblem(res, 413, 'te-groot', 'De body is groter dan 1 MiB.', sluit);
          if (e.afsluiten) res.once('finish', () => req.socket.destroySoon());
          return;
        }
        sendProblem(res, 500, 'interne-fout', 'Er ging bij ons iets mis.');
      }
    })();
  });
  server.on('clientError', answerClientError);
  return server;
}

function writeResult(res: ServerResponse, result: APIGatewayProxyResultV2): void {
  if (typeof result === 'string' || result === null || result === undefined) {
    sendJson(res, 200, result ?? null);
    return;
  }
  const headers: Record<string, string | string[]> = Object.fromEntries(
    Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)]),
  );
  // Payload 2.0: each entry of `cookies` becomes its own Set-Cookie header.
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(
    result.body === undefined ? undefined : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body,
  );
}
