import { apiGatewayEvent } from '@wegwijs/local-kit';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';

export type HttpLambda = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export const lambdaContext = (name = 'test'): Context =>
  ({
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-1:000000000000:function:${name}`,
    memoryLimitInMB: '512',
    awsRequestId: 'test-request',
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'test',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  }) as Context;

/** Calls an HTTP Lambda handler with the API Gateway v2 event for `METHOD /concrete/path` of route `routePath`. */
export async function roep(
  handler: HttpLambda,
  req: {
    method: string;
    routePath: string;
    path?: string;
    params?: Record<string, string>;
    /** The raw query string, without `?`. */
    query?: string;
    body?: unknown;
    token?: string;
    headers?: Record<string, string>;
  },
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in tests
): Promise<{ status: number; body: any; headers: Record<string, string> }> {
  const rawPath =
    req.path ?? req.routePath.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(req.params?.[name] ?? ''));
  const event = apiGatewayEvent({
    method: req.method,
    routePath: req.routePath,
    rawPath,
    ...(req.params ? { pathParameters: req.params } : {}),
    ...(req.query ? { query: req.query } : {}),
    headers: {
      ...(req.token ? { authorization: `Bearer ${req.token}` } : {}),
      ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...req.headers,
    },
    ...(req.body !== undefined ? { body: typeof req.body === 'string' ? req.body : JSON.stringify(req.body) } : {}),
  });
  const result = await handler(event, lambdaContext());
  if (typeof result === 'string') return { status: 200, body: JSON.parse(result), headers: {} };
  const text = result.body ?? '';
  return {
    status: result.statusCode ?? 200,
    body: text ? JSON.parse(text) : undefined,
    headers: Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])),
  };
}
