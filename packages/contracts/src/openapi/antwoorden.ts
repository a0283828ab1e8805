import * as z from 'zod/mini';
import { REGIE_CSV_KOP } from '../api/regie-responses';
import { API_VERSION } from '../versie';

/** Drops the long regular expressions zod writes beside `format: date` / `date-time`: the format says it. */
function zonderDatumPatronen(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(zonderDatumPatronen);
  if (node === null || typeof node !== 'object') return node;
  const uit: Record<string, unknown> = {};
  const metFormat = ['date', 'date-time'].includes(String((node as { format?: unknown }).format));
  for (const [k, v] of Object.entries(node)) if (!(metFormat && k === 'pattern')) uit[k] = zonderDatumPatronen(v);
  return uit;
}

/** A zod schema as JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), without its `$schema` line. */
export function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = zonderDatumPatronen(z.toJSONSchema(schema, { io })) as Record<string, unknown>;
  return rest;
}

/** Every response carries the full API version (NL API Design Rules, /core/version-header). */
export const versieHeaders = { 'API-Version': { $ref: '#/components/headers/API-Version' } };

export const API_VERSION_HEADER_DOC = {
  description: 'The full version of the API (semver) that answered.',
  required: true,
  schema: { type: 'string', examples: [API_VERSION] },
};

export const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details.',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'Ends in a slug, e.g. .../toestemming-vereist' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

export const problemAntwoord = (description: string) => ({
  description,
  headers: versieHeaders,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** A success response whose body is the named schema in components.schemas. */
export const succesAntwoord = (description: string, schemaNaam: string, csv = false) => ({
  description,
  headers: versieHeaders,
  content: {
    'application/json': { schema: { $ref: `#/components/schemas/${schemaNaam}` } },
    ...(csv ? { 'text/csv': { schema: { type: 'string', description: REGIE_CSV_UITLEG } } } : {}),
  },
});

const REGIE_CSV_UITLEG = `With \`Accept: text/csv\`: the same cells, \`;\` separated, header \`${REGIE_CSV_KOP}\`, "<5" for a suppressed cell.`;
