import fc from 'fast-check';

/**
 * Bad requests generated from the OpenAPI document the platform serves (issue 10, the bad-input suite). Every
 * generator here yields input that is wrong by the schema (wrong type, missing or unknown field, too long, not a date,
 * not JSON, wrong media type), so no generated request may change anything stored.
 */

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema fragments as the OpenAPI document serves them
export type JsonSchema = Record<string, any>;

export interface Operatie {
  method: string;
  path: string;
  padParams: string[];
  queryParams: string[];
  body?: JsonSchema;
}

export interface Verzoek {
  method: string;
  /** The concrete path, already percent-encoded. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  soort: string;
}

export function operatiesUit(document: JsonSchema): Operatie[] {
  const result: Operatie[] = [];
  for (const [path, ops] of Object.entries<JsonSchema>(document.paths)) {
    for (const [method, op] of Object.entries<JsonSchema>(ops)) {
      const params: JsonSchema[] = op.parameters ?? [];
      result.push({
        method: method.toUpperCase(),
        path,
        padParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        ...(op.requestBody?.content?.['application/json']?.schema
          ? { body: op.requestBody.content['application/json'].schema }
          : {}),
      });
    }
  }
  return result;
}

/** A plausible value of a schema: only its shape matters, the mutations make it wrong. */
export function voorbeeld(schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const props: Record<string, JsonSchema> = schema.properties ?? {};
      return Object.fromEntries(Object.entries(props).map(([k, s]) => [k, voorbeeld(s)]));
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => voorbeeld(schema.items ?? {}));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'date') return '2026-01-15';
      if (schema.format === 'date-time') return '2026-01-15T10:00:00Z';
      if (schema.pattern === '^\\d{4}$') return '0518';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return 'x';
  }
}

interface Veld {
  pad: string[];
  schema: JsonSchema;
  verplicht: boolean;
}

/** Every field of a body schema (nested objects included) with its path. */
export function veldenVan(schema: JsonSchema, pad: string[] = []): Veld[] {
  if (schema.type !== 'object') return [];
  const verplicht = new Set<string>(schema.required ?? []);
  return Object.entries<JsonSchema>(schema.properties ?? {}).flatMap(([k, s]) => [
    { pad: [...pad, k], schema: s, verplicht: verplicht.has(k) },
    ...veldenVan(s, [...pad, k]),
  ]);
}

const zet = (doel: unknown, pad: string[], waarde: unknown, weg = false): unknown => {
  const kopie = structuredClone(doel) as Record<string, unknown>;
  let node = kopie;
  for (const k of pad.slice(0, -1)) {
    if (!node[k] || typeof node[k] !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  const laatste = pad[pad.length - 1] as string;
  if (weg) delete node[laatste];
  else node[laatste] = waarde;
  return kopie;
};

const ANDER_TYPE: Record<string, unknown[]> = {
  string: [42, true, null, ['x'], { a: 1 }, -0.5],
  integer: ['3', 2.5, null, true, [], {}, 1e308, -1e308],
  number: ['3', null, true, [], {}],
  boolean: ['true', 0, null, []],
  array: ['x', 1, null, {}, true],
  object: ['x', 1, null, [], true],
};
const ONGELDIGE_DATUMS = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '31-12-2026',
  '2026-1-5',
  '',
  'gisteren',
  '2025-02-29',
];
const ONBEKENDE_SLEUTELS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'rol', 'gemeenten', '$where', 'pk'];

const diep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** One bad body of an operation, as JSON text (or not JSON at all), with a short name of what is wrong. */
export function slechtLichaam(schema: JsonSchema): fc.Arbitrary<{ soort: string; body: string; mediaType?: string }> {
  const basis = voorbeeld(schema);
  const velden = veldenVan(schema);
  const json = (v: unknown) => JSON.stringify(v);
  const keuzes: fc.Arbitrary<{ soort: string; body: string; mediaType?: string }>[] = [
    fc.constantFrom(...ONBEKENDE_SLEUTELS).map((k) => ({
      soort: `onbekend veld ${k}`,
      body: `{"${k}":{"x":1},${json(basis).slice(1)}`.replace(',}', '}'),
    })),
    fc
      .constantFrom<unknown>([], 'tekst', 42, null, true, [basis])
      .map((v) => ({ soort: 'geen object', body: json(v) })),
    fc
      .constantFrom('{', '{"a":', `${json(basis)},`, "{'a':1}", '{"a":NaN}', '\u0000', '{"a":1}}', '')
      .map((b) => ({ soort: 'kapotte json', body: b === '' ? ' ' : b })),
    fc.integer({ min: 2_000, max: 20_000 }).map((n) => ({ soort: 'diep genest', body: diep(n) })),
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
      )
      .map((m) => ({ soort: 'media type', body: json(basis), mediaType: m })),
    fc.constant({ soort: 'body te groot', body: json({ ...(basis as object), opvulling: 'x'.repeat(300 * 1024) }) }),
    fc.integer({ min: 10_000, max: 60_000 }).map((n) => ({
      soort: 'lange lijst',
      body: json({ ...(basis as object), lijst: Array.from({ length: n }, () => 1) }),
    })),
  ];
  if (velden.length > 0) {
    const veld = fc.constantFrom(...velden);
    keuzes.push(
      veld.chain((v) =>
        fc.constantFrom(...(ANDER_TYPE[v.schema.type ?? 'string'] ?? ANDER_TYPE.string ?? [])).map((w) => ({
          soort: `verkeerd type ${v.pad.join('.')}`,
          body: json(zet(basis, v.pad, w)),
        })),
      ),
      veld.map((v) => ({
        soort: `te lang ${v.pad.join('.')}`,
        body: json(zet(basis, v.pad, v.schema.type === 'array' ? Array(20_000).fill('x') : 'ä'.repeat(40_000))),
      })),
      veld.chain((v) =>
        fc.constantFrom(...ONBEKENDE_SLEUTELS).map((k) => ({
          soort: `genest onbekend veld ${v.pad.join('.')}`,
          body: json(zet(basis, v.pad, { [k]: 1 })).replace(`{"${k}":1}`, `{"${k}":{"polluted":true}}`),
        })),
      ),
      veld.map((v) => ({
        soort: `diep in ${v.pad.join('.')}`,
        body: json(zet(basis, v.pad, 0)).replace(/:0(?=[,}])/, `:${diep(3000)}`),
      })),
    );
    const verplicht = velden.filter((v) => v.verplicht);
    if (verplicht.length > 0) {
      keuzes.push(
        fc.constantFrom(...verplicht).map((v) => ({
          soort: `ontbreekt ${v.pad.join('.')}`,
          body: json(zet(basis, v.pad, undefined, true)),
        })),
      );
    }
    const datums = velden.filter((v) => v.schema.format === 'date');
    if (datums.length > 0) {
      keuzes.push(
        fc.tuple(fc.constantFrom(...datums), fc.constantFrom(...ONGELDIGE_DATUMS)).map(([v, d]) => ({
          soort: `ongeldige datum ${v.pad.join('.')}`,
          body: json(zet(basis, v.pad, d)),
        })),
      );
    }
  }
  return fc.oneof(...keuzes);
}

/** Path ids that are too long or odd; each is percent-encoded as a client would send it. */
export const SLECHTE_PAD_IDS = [
  'a'.repeat(129),
  'a'.repeat(2048),
  'b'.repeat(6000),
  '%00',
  '..',
  '%2e%2e',
  '%2F',
  '%23',
  'idem%23x',
  '%20',
  '%C3%AF%C3%B0',
  '%F0%9F%98%80',
  "x'%3B%20DROP",
  '%24ne',
  '%25',
  '%E0%A4',
  '-',
  '.',
  '_',
];

export const SLECHTE_QUERIES = [
  'limit=-1',
  'limit=0',
  'limit=201',
  'limit=abc',
  'limit=1e309',
  'limit=1&limit=2',
  `cursor=${'z'.repeat(3000)}`,
  'cursor=%00%01',
  'cursor=eyJwayI6ImlkZW0jeCJ9',
  'gemeente=abc',
  'gemeente=05180',
  'datum=2026-02-30',
  'datum=morgen',
  '__proto__[x]=1',
];
