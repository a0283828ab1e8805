import { type DepsBron, logger, losOp } from '@wegwijs/lambda-kit';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { htmlAntwoord } from '../app/antwoorden';
import { leesCookies } from '../app/cookies';
import type { PortaalDeps, Verzoek } from '../app/deps';
import { defaultDeps } from './deps';
import { behandelMijn } from './mijn';
import { behandelRegie } from './regie';

const FORM_LIMIET = 16 * 1024;

/**
 * The request as the portaal sees it; form bodies may arrive base64-encoded (API Gateway does that for forms). Nothing
 * of the request's Host or X-Forwarded-* headers is read: the origin (`basis`) is the deployment's configured one.
 */
export function verzoekVan(event: APIGatewayProxyEventV2): Omit<Verzoek, 'basis'> | 'te-groot' {
  const headers = event.headers ?? {};
  const ruw = event.body ?? '';
  const body = event.isBase64Encoded ? Buffer.from(ruw, 'base64').toString('utf8') : ruw;
  if (body.length > FORM_LIMIET) return 'te-groot';
  const vorm = (headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
  return {
    methode: event.requestContext.http.method.toUpperCase(),
    pad: event.rawPath,
    query: new URLSearchParams(event.rawQueryString ?? ''),
    cookies: leesCookies([...(event.cookies ?? []), ...(headers.cookie ? [headers.cookie] : [])]),
    form: new URLSearchParams(vorm ? body : ''),
    acceptLanguage: headers['accept-language'],
  };
}

const isRegie = (pad: string) => pad === '/regie' || pad.startsWith('/regie/');

/**
 * The portaal's Lambda handler: one function for every page of every audience (/mijn, /regie), each audience with its
 * route table (`mijn.ts`, `regie.ts`). Logs route and status only.
 */
export function createHttpHandler(bron: DepsBron<PortaalDeps>) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const route = event.routeKey;
    const verzoek = verzoekVan(event);
    if (verzoek === 'te-groot') {
      logger.warn('portaal request too large', { route });
      return { statusCode: 413, headers: { 'content-type': 'text/plain' }, body: 'Too large' };
    }
    try {
      const deps = losOp(bron);
      const antwoord = await (isRegie(verzoek.pad) ? behandelRegie : behandelMijn)(deps, {
        ...verzoek,
        basis: deps.basis,
      });
      logger.info('portaal', { route, method: verzoek.methode, status: antwoord.status });
      return {
        statusCode: antwoord.status,
        headers: antwoord.headers,
        body: antwoord.body,
        ...(antwoord.cookies.length ? { cookies: antwoord.cookies } : {}),
      };
    } catch (e) {
      logger.error('portaal failed', {
        route,
        method: verzoek.methode,
        error: e instanceof Error ? e.name : 'unknown',
      });
      const pagina = htmlAntwoord(
        500,
        isRegie(verzoek.pad)
          ? '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Wegwijs Regie</title></head><body><main><h1>Er ging iets mis</h1><p>Probeer het later opnieuw.</p><p><a href="/regie">Wegwijs Regie</a></p></main></body></html>'
          : '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mijn Wegwijs</title></head><body><main><h1>Er ging iets mis / Something went wrong</h1><p><a href="/mijn">Mijn Wegwijs</a></p></main></body></html>',
      );
      return { statusCode: 500, headers: pagina.headers, body: pagina.body };
    }
  };
}

export const handler = createHttpHandler(defaultDeps());
