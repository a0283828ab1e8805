import type * as z from 'zod/mini';
import {
  aanmeldingBody,
  datumBody,
  inburgeraarsQuery,
  inburgeringBody,
  overdrachtBody,
  uitvoeringsorganisatieBody,
  verhuizingBody,
} from './api/aanmelding';
import { abonnementBody } from './api/abonnementen';
import { uitstelBody, vernietigingslijstQuery, vernietigingsverslagenQuery, verwijderingBody } from './api/archief';
import {
  afrondingBody,
  begeleiderBody,
  begeleidingWerklijstQuery,
  contactmomentBody,
  dienstverlenersQuery,
  historieBody,
  meetmomentBody,
  verlengingBody,
  voortgangsrapportageBody,
} from './api/begeleiding';
import { paginaQuerySchema } from './api/lijst-responses';
import {
  aanwezigheidBody,
  afspraakBody,
  beeindigingBody,
  begeleidingsplanBody,
  evaluatieBody,
  toewijzingBody,
  verplaatsingBody,
} from './api/plan';
import { groepsaanwezigheidBody, groepsactiviteitBody, inschrijvingBody } from './api/praktijk';
import { checklistItemBody, opstartfaseAfrondingBody, regeldagBody } from './api/regeldag';
import { REGIE_PADEN, regieQuery } from './api/regie';
import {
  agendapuntBody,
  agendapuntUitkomstBody,
  agendaQuery,
  antwoordBody,
  signaalBody,
  terugwijzingBody,
  verwijzingBody,
  verwijzingStapBody,
  vraagBody,
  warmeOverdrachtBody,
} from './api/sociaal-domein';
import { signaleringenQuery, toegangslogQuery } from './api/toegangslog';
import { intrekkingBody, toestemmingBody } from './api/toestemming';
import { HTTP_ROUTES, type HttpRoute, routeKey } from './http/index';
import {
  API_VERSION_HEADER_DOC,
  jsonSchema,
  PROBLEM_SCHEMA,
  problemAntwoord,
  succesAntwoord,
  versieHeaders,
} from './openapi/antwoorden';
import { OPERATIES, SCHEMA_NAMEN } from './openapi/operaties';
import { SERVICES } from './routes';
import { API_VERSION } from './versie';

/** Request bodies of the routes of API.md, by route key. Routes not listed take no body or document it themselves. */
const BODIES: Record<string, z.ZodMiniType> = {
  'POST /v1/aanmeldingen': aanmeldingBody,
  'POST /v1/inburgeraars/{id}/woningtoewijzing': datumBody,
  'POST /v1/inburgeraars/{id}/brp-inschrijving': datumBody,
  'PUT /v1/inburgeraars/{id}/uitvoeringsorganisatie': uitvoeringsorganisatieBody,
  'POST /v1/inburgeraars/{id}/verhuizing': verhuizingBody,
  'POST /v1/verhuizingen': overdrachtBody,
  'POST /v1/inburgeraars/{id}/inburgering': inburgeringBody,
  'POST /v1/inburgeraars/{id}/regeldag': regeldagBody,
  'POST /v1/inburgeraars/{id}/opstartfase/afronding': opstartfaseAfrondingBody,
  'PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}': checklistItemBody,
  'POST /v1/inburgeraars/{id}/meetmomenten': meetmomentBody,
  'POST /v1/inburgeraars/{id}/contactmomenten': contactmomentBody,
  'POST /v1/inburgeraars/{id}/historie': historieBody,
  'POST /v1/inburgeraars/{id}/voortgangsrapportages': voortgangsrapportageBody,
  'POST /v1/inburgeraars/{id}/verlenging': verlengingBody,
  'POST /v1/inburgeraars/{id}/afronding': afrondingBody,
  'PUT /v1/inburgeraars/{id}/begeleider': begeleiderBody,
  'POST /v1/inburgeraars/{id}/begeleiders': toewijzingBody,
  'POST /v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging': beeindigingBody,
  'POST /v1/inburgeraars/{id}/afspraken': afspraakBody,
  'PUT /v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid': aanwezigheidBody,
  'POST /v1/inburgeraars/{id}/afspraken/{afspraakId}/verplaatsing': verplaatsingBody,
  'PUT /v1/inburgeraars/{id}/begeleidingsplan': begeleidingsplanBody,
  'POST /v1/inburgeraars/{id}/begeleidingsplan/evaluaties': evaluatieBody,
  'POST /v1/inburgeraars/{id}/signalen': signaalBody,
  'POST /v1/inburgeraars/{id}/verwijzingen': verwijzingBody,
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/acceptatie': verwijzingStapBody,
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/terugwijzing': terugwijzingBody,
  'POST /v1/inburgeraars/{id}/verwijzingen/{verwijzingId}/afronding': verwijzingStapBody,
  'POST /v1/inburgeraars/{id}/warme-overdracht': warmeOverdrachtBody,
  'POST /v1/casuistiekoverleg/{cbs}/agenda': agendapuntBody,
  'PUT /v1/casuistiekoverleg/{cbs}/agenda/{agendapuntId}/uitkomst': agendapuntUitkomstBody,
  'POST /v1/inburgeraars/{id}/vragen': vraagBody,
  'POST /v1/inburgeraars/{id}/vragen/{vraagId}/antwoord': antwoordBody,
  'POST /v1/inburgeraars/{id}/toestemmingen': toestemmingBody,
  'POST /v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking': intrekkingBody,
  'POST /v1/vernietigingslijst/{inburgeraarId}/uitstel': uitstelBody,
  'POST /v1/inburgeraars/{id}/verwijdering': verwijderingBody,
  'POST /v1/abonnementen': abonnementBody,
  'POST /v1/gemeenten/{cbs}/groepsactiviteiten': groepsactiviteitBody,
  'POST /v1/inburgeraars/{id}/groepsactiviteiten': inschrijvingBody,
  'PUT /v1/inburgeraars/{id}/groepsactiviteiten/{activiteitId}/aanwezigheid': groepsaanwezigheidBody,
};

/** Query parameters, by route key. Lists add `limit` and `cursor` (see OPERATIES). */
const QUERIES: Record<string, z.ZodMiniType> = {
  'GET /v1/inburgeraars': inburgeraarsQuery,
  'GET /v1/begeleiding/caseload': begeleidingWerklijstQuery,
  'GET /v1/begeleiding/bellijst': begeleidingWerklijstQuery,
  'GET /v1/begeleiding/niet-gezien': begeleidingWerklijstQuery,
  'GET /v1/begeleiding/nabellen': begeleidingWerklijstQuery,
  'GET /v1/begeleiding/zonder-afspraak': begeleidingWerklijstQuery,
  'GET /v1/begeleiding/afronding-open': begeleidingWerklijstQuery,
  'GET /v1/inburgeraars/{id}/afronding/dienstverleners': dienstverlenersQuery,
  'GET /v1/casuistiekoverleg/{cbs}/agenda': agendaQuery,
  'GET /v1/vernietigingslijst': vernietigingslijstQuery,
  'GET /v1/vernietigingsverslagen': vernietigingsverslagenQuery,
  ...Object.fromEntries(REGIE_PADEN.map((pad) => [`GET ${pad}`, regieQuery])),
  'GET /v1/toegangslog': toegangslogQuery,
  'GET /v1/toegangslog/signaleringen': signaleringenQuery,
};

/** What the regie monitor's query parameters mean (issue 13). */
const REGIE_UITLEG: Record<string, string> = {
  gemeente:
    'One or more CBS codes: repeat the parameter or separate the codes with commas. Default all gemeenten of your ' +
    'token; a gemeente outside them answers 404.',
  vanaf: 'First month, YYYY-MM. Default 11 months before `tot`.',
  tot: 'Last month, YYYY-MM. Default the current month. At most 24 periods from `vanaf`, else 400.',
  periode:
    'maand (default), kwartaal, halfjaar (the taakstelling period) or jaar (issue 22): vanaf/tot are widened to whole ' +
    'periods; counts are rounded to 5 through their running totals, so the periods add up exactly.',
};

const PAGINA_UITLEG: Record<string, string> = {
  limit: 'Page size: 1 to 200, default 50.',
  cursor: 'The `volgende` of the previous page.',
};

type Properties = { properties?: Record<string, unknown>; required?: string[] };

function queryParameters(key: string, lijst: boolean) {
  const query = QUERIES[key];
  const eigen = query ? (jsonSchema(query) as Properties) : {};
  const pagina = lijst ? (jsonSchema(paginaQuerySchema) as Properties) : {};
  const properties = { ...pagina.properties, ...eigen.properties };
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: eigen.required?.includes(name) ?? false,
    ...(PAGINA_UITLEG[name] && lijst ? { description: PAGINA_UITLEG[name] } : {}),
    ...(REGIE_UITLEG[name] && key.startsWith('GET /v1/regie/') ? { description: REGIE_UITLEG[name] } : {}),
    schema,
  }));
}

/** The server of the document is `/v1` (the major version); paths are listed relative to it, `/health` at the root. */
export const API_BASIS = '/v1';
export const documentPad = (path: string) => (path.startsWith(`${API_BASIS}/`) ? path.slice(API_BASIS.length) : path);

/** The JSON API: everything under `/v1` and `/health`. Other routes (HTML pages) are not part of this document. */
export const isApiRoute = (route: HttpRoute) => route.path === '/health' || route.path.startsWith(`${API_BASIS}/`);

function schemaNaam(schema: z.ZodMiniType): string {
  const naam = SCHEMA_NAMEN.get(schema);
  if (!naam) throw new Error('A response schema without a name in SCHEMA_NAMEN');
  return naam;
}

function operation(route: HttpRoute, extraBodies: Record<string, z.ZodMiniType>) {
  const key = routeKey(route);
  const meta = OPERATIES[key];
  if (!meta) throw new Error(`No OpenAPI operation for ${key}`);
  const body = extraBodies[key] ?? BODIES[key];
  const params = [
    ...[...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...queryParameters(key, meta.lijst === true),
  ];
  const schrijft = route.method !== 'GET';
  return {
    operationId: meta.operationId,
    summary: meta.summary,
    ...(meta.beschrijving ? { description: meta.beschrijving } : {}),
    tags: [route.service],
    ...(params.length ? { parameters: params } : {}),
    ...(route.publiek ? { security: [] } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(body) } } } } : {}),
    responses: {
      ...(meta.geenInhoud
        ? { '204': { description: 'No Content', headers: versieHeaders } }
        : {
            [meta.aangemaakt ? '201' : meta.geaccepteerd ? '202' : '200']: succesAntwoord(
              meta.aangemaakt ? 'Created' : meta.geaccepteerd ? 'Accepted' : 'OK',
              schemaNaam(meta.antwoord),
              meta.csv === true,
            ),
          }),
      ...(params.length || body ? { '400': problemAntwoord('Malformed JSON, wrong types or unknown fields') } : {}),
      ...(route.publiek
        ? meta.ondertekend
          ? { '401': problemAntwoord('The signature does not verify, or the sender is no deployment listed here') }
          : {}
        : {
            '401': problemAntwoord('Missing or invalid token'),
            '403': problemAntwoord('Role may not do this'),
            '404': problemAntwoord('Unknown, or outside your gemeenten'),
          }),
      ...(schrijft
        ? {
            '409': problemAntwoord('Conflict: the state does not allow this, or a duplicate'),
            '413': problemAntwoord('Body over 256 KiB'),
          }
        : {}),
      ...(schrijft || meta.domeinregel ? { '422': problemAntwoord('Breaks a domain rule') } : {}),
      '500': problemAntwoord('Internal error; never a stack trace or internal message'),
    },
  };
}

/**
 * The OpenAPI 3.1 document of the public API, generated from the route table, the request schemas and the response
 * schemas the handlers answer with. `GET /v1/openapi.json` serves it.
 */
export function openApiDocument(extraBodies: Record<string, z.ZodMiniType> = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of HTTP_ROUTES.filter(isApiRoute)) {
    const pad = documentPad(route.path);
    paths[pad] ??= pad === route.path ? { servers: [{ url: '/', description: 'Outside the versioned API' }] } : {};
    const entry = paths[pad];
    if (entry) entry[route.method.toLowerCase()] = operation(route, extraBodies);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wegwijs HTTP API',
      version: API_VERSION,
      description:
        'Maatschappelijke begeleiding under the Wet inburgering 2021: aanmelding, regeldag, begeleiding, sociaal ' +
        'domein, the consent broker and the regie monitor. Every list is paginated (`limit`, `cursor`, `volgende`); every error is ' +
        'RFC 9457 problem+json; every response carries `API-Version`.',
      contact: { name: 'Wegwijs', email: 'api@wegwijs.nl', url: 'https://wegwijs.nl/api' },
    },
    servers: [{ url: API_BASIS, description: 'This deployment, major version 1' }],
    tags: SERVICES.map((name) => ({ name })),
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      headers: { 'API-Version': API_VERSION_HEADER_DOC },
      schemas: {
        ...Object.fromEntries([...SCHEMA_NAMEN].map(([schema, naam]) => [naam, jsonSchema(schema)])),
        Problem: PROBLEM_SCHEMA,
      },
    },
  };
}
