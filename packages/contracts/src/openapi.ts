import * as z from 'zod/mini';
import { aanmeldingBody, datumBody, inburgeraarsQuery, uitvoeringsorganisatieBody } from './api/aanmelding';
import {
  afrondingBody,
  begeleiderBody,
  begeleidingWerklijstQuery,
  contactmomentBody,
  meetmomentBody,
  verlengingBody,
  voortgangsrapportageBody,
} from './api/begeleiding';
import { checklistItemBody, opstartfaseAfrondingBody, regeldagBody } from './api/regeldag';
import {
  agendapuntBody,
  agendapuntUitkomstBody,
  agendaQuery,
  signaalBody,
  terugwijzingBody,
  verwijzingBody,
  verwijzingStapBody,
  warmeOverdrachtBody,
} from './api/sociaal-domein';
import { intrekkingBody, toestemmingBody } from './api/toestemming';
import { HTTP_ROUTES, type HttpRoute, routeKey } from './http/index';

/** Request bodies of the routes of API.md, by route key. Routes not listed take no body or document it themselves. */
const BODIES: Record<string, z.ZodMiniType> = {
  'POST /v1/aanmeldingen': aanmeldingBody,
  'POST /v1/inburgeraars/{id}/woningtoewijzing': datumBody,
  'POST /v1/inburgeraars/{id}/brp-inschrijving': datumBody,
  'PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie': uitvoeringsorganisatieBody,
  'POST /v1/inburgeraars/{id}/regeldag': regeldagBody,
  'POST /v1/inburgeraars/{id}/opstartfase/afronding': opstartfaseAfrondingBody,
  'PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}': checklistItemBody,
  'POST /v1/inburgeraars/{id}/meetmomenten': meetmomentBody,
  'POST /v1/inburgeraars/{id}/contactmomenten': contactmomentBody,
  'POST /v1/inburgeraars/{id}/voortgangsrapportages': voortgangsrapportageBody,
  'POST /v1/inburgeraars/{id}/verlenging': verlengingBody,
  'POST /v1/inburgeraars/{id}/afronding': afrondingBody,
  'PUT /v1/inburgeraars/{id}/begeleider': begeleiderBody,
  'POST /v1/inburgeraars/{id}/signalen': signaalBody,
  'POST /v1/inburgeraars/{id}/verwijzingen': verwijzingBody,
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/acceptatie': verwijzingStapBody,
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/terugwijzing': terugwijzingBody,
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/afronding': verwijzingStapBody,
  'POST /v1/inburgeraars/{id}/warme-overdracht': warmeOverdrachtBody,
  'POST /v1/casuistiekoverleg/{cbs}/agenda': agendapuntBody,
  'PUT /v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst': agendapuntUitkomstBody,
  'POST /v1/inburgeraars/{id}/toestemmingen': toestemmingBody,
  'POST /v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking': intrekkingBody,
};

/** Query parameters, by route key. */
const QUERIES: Record<string, z.ZodMiniType> = {
  'GET /v1/inburgeraars': inburgeraarsQuery,
  'GET /v1/begeleiding/caseload': begeleidingWerklijstQuery,
  'GET /v1/begeleiding/bellijst': begeleidingWerklijstQuery,
  'GET /v1/begeleiding/niet-gezien': begeleidingWerklijstQuery,
  'GET /v1/casuistiekoverleg/{cbs}/agenda': agendaQuery,
};

function queryParameters(key: string) {
  const query = QUERIES[key];
  if (!query) return [];
  const schema = z.toJSONSchema(query) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

/** Routes that answer 201 Created (API.md); every other route answers 200. */
const CREATED = new Set([
  'POST /v1/aanmeldingen',
  'POST /v1/inburgeraars/{id}/regeldag',
  'POST /v1/inburgeraars/{id}/meetmomenten',
  'POST /v1/inburgeraars/{id}/contactmomenten',
  'POST /v1/inburgeraars/{id}/voortgangsrapportages',
  'POST /v1/inburgeraars/{id}/signalen',
  'POST /v1/inburgeraars/{id}/verwijzingen',
  'POST /v1/inburgeraars/{id}/toestemmingen',
  'POST /v1/inburgeraars/{id}/warme-overdracht',
  'POST /v1/casuistiekoverleg/{cbs}/agenda',
]);

const problem = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problem } },
});

function operation(route: HttpRoute, extraBodies: Record<string, z.ZodMiniType>) {
  const key = routeKey(route);
  const body = extraBodies[key] ?? BODIES[key];
  const params = [
    ...[...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' } as unknown,
    })),
    ...queryParameters(key),
  ];
  const schema = body ? z.toJSONSchema(body) : undefined;
  if (schema) delete (schema as { $schema?: string }).$schema;
  return {
    operationId: key.replace(/[^A-Za-z0-9]+/g, '_'),
    tags: [route.service],
    ...(params.length ? { parameters: params } : {}),
    ...(route.publiek ? { security: [] } : {}),
    ...(schema ? { requestBody: { required: true, content: { 'application/json': { schema } } } } : {}),
    responses: {
      [CREATED.has(key) ? '201' : '200']: { description: 'OK', content: { 'application/json': {} } },
      '400': problemResponse('Malformed JSON, wrong types or unknown fields'),
      ...(route.publiek
        ? {}
        : {
            '401': problemResponse('Missing or invalid token'),
            '403': problemResponse('Role may not do this'),
            '404': problemResponse('Unknown, or outside your gemeenten'),
          }),
      ...(route.method === 'GET'
        ? {}
        : {
            '409': problemResponse('Conflict'),
            '413': problemResponse('Body over 256 KiB'),
            '422': problemResponse('Breaks a domain rule'),
          }),
    },
  };
}

/** The OpenAPI 3.1 document of the public API, generated from the route table and the request schemas. */
export function openApiDocument(extraBodies: Record<string, z.ZodMiniType> = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of HTTP_ROUTES) {
    paths[route.path] ??= {};
    const entry = paths[route.path];
    if (entry) entry[route.method.toLowerCase()] = operation(route, extraBodies);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wegwijs HTTP API',
      version: '1',
      description: 'Maatschappelijke begeleiding under the Wi2021; see API.md.',
    },
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: {
              type: 'array',
              items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
      },
    },
  };
}
