import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ulid } from 'ulid';

export interface ApiRequest {
  method: string;
  /** The route's path template, e.g. `/v1/inburgeraars/{id}/traject`. */
  routePath: string;
  /** The concrete path as the client sent it. */
  rawPath: string;
  pathParameters?: Record<string, string>;
  query?: string;
  headers?: Record<string, string | undefined>;
  body?: string;
  sourceIp?: string;
}

/** Builds the API Gateway HTTP API (payload format 2.0) event that Lambda receives for a request. */
export function apiGatewayEvent(req: ApiRequest): APIGatewayProxyEventV2 {
  const now = new Date();
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) if (v !== undefined) headers[k.toLowerCase()] = v;
  const search = new URLSearchParams(req.query ?? '');
  const queryStringParameters: Record<string, string> = {};
  for (const key of new Set(search.keys())) queryStringParameters[key] = search.getAll(key).join(',');
  const routeKey = `${req.method} ${req.routePath}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: req.rawPath,
    rawQueryString: req.query ?? '',
    headers,
    ...(Object.keys(queryStringParameters).length ? { queryStringParameters } : {}),
    ...(req.pathParameters && Object.keys(req.pathParameters).length ? { pathParameters: req.pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: req.method,
        path: req.rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: req.sourceIp ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: ulid(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(req.body !== undefined && req.body !== '' ? { body: req.body } : {}),
    isBase64Encoded: false,
  };
}

/** Matches a concrete path against a route template; returns the path parameters or undefined. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const t = template.split('/');
  const p = path.split('/');
  if (t.length !== p.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const seg = t[i] ?? '';
    const actual = p[i] ?? '';
    if (seg.startsWith('{') && seg.endsWith('}')) {
      if (!actual) return undefined;
      try {
        params[seg.slice(1, -1)] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    } else if (seg !== actual) return undefined;
  }
  return params;
}
