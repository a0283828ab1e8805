import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const dirs = (parent: string) =>
  readdirSync(join(ROOT, parent)).filter((d) => statSync(join(ROOT, parent, d)).isDirectory());
const SERVICES = dirs('services');
const PACKAGES = dirs('packages');
const pkgName = (dir: string) =>
  (JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string }).name;
const SERVICE_NAMES = new Set(SERVICES.map((s) => pkgName(`services/${s}`)));

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](@wegwijs\/[a-z-]+)/g)].map((m) => m[1] ?? '');

describe('the import graph goes one way: infra -> services -> packages', () => {
  it('no package imports a service or infra', () => {
    const offending = PACKAGES.flatMap((p) =>
      sourceFiles(join(ROOT, 'packages', p, 'src')).flatMap((f) =>
        importsOf(f)
          .filter((i) => SERVICE_NAMES.has(i) || i === '@wegwijs/infra')
          .map((i) => `${relative(ROOT, f)} imports ${i}`),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('no service imports another service or infra', () => {
    const offending = SERVICES.flatMap((s) => {
      const own = pkgName(`services/${s}`);
      return [
        ...sourceFiles(join(ROOT, 'services', s, 'src')),
        ...sourceFiles(join(ROOT, 'services', s, 'test')),
      ].flatMap((f) =>
        importsOf(f)
          .filter((i) => (SERVICE_NAMES.has(i) && i !== own) || i === '@wegwijs/infra')
          .map((i) => `${relative(ROOT, f)} imports ${i}`),
      );
    });
    expect(offending).toEqual([]);
  });

  it('domain code is pure: no AWS SDK, no I/O modules', () => {
    const offending = SERVICES.flatMap((s) =>
      sourceFiles(join(ROOT, 'services', s, 'src', 'domain')).filter((f) =>
        /^import\s+(?!type\b)[^;]*from\s+['"](@aws-sdk\/|node:fs|node:http|@wegwijs\/lambda-kit)/m.test(
          readFileSync(f, 'utf8'),
        ),
      ),
    );
    expect(offending.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

/** A source file of a service, its path relative to the service's `src/` (posix), and its text. */
interface Bron {
  pad: string;
  tekst: string;
}

/**
 * The one module of a context's handlers that may know its adapters: the composition root. Every context wires its
 * ports in `handlers/deps.ts` (the kit's `poorten`, docs/CONVENTIONS.md), so that file and no other.
 */
export const COMPOSITIEWORTEL = 'handlers/deps.ts';

/** Where a relative import of `bron` lands, relative to `src/` (undefined for a package import). */
function doelen(bron: Bron): string[] {
  return [...bron.tekst.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)]
    .map((m) => m[1] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => posix.normalize(posix.join(posix.dirname(bron.pad), spec)));
}

const kamer = (pad: string) => pad.split('/')[0] ?? '';
const zonderCommentaar = (tekst: string) => tekst.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** The rooms (issue 19): handlers reach adapters only through the composition root. */
export function handlersZonderAdapters(bronnen: readonly Bron[]): string[] {
  return bronnen
    .filter((b) => kamer(b.pad) === 'handlers' && b.pad !== COMPOSITIEWORTEL)
    .flatMap((b) =>
      doelen(b)
        .filter((d) => kamer(d) === 'adapters')
        .map((d) => `${b.pad} imports ${d}`),
    );
}

/** What of DynamoDB may not appear in app/ or domain/: the SDK, its types, its (un)marshalling, a client. */
const DYNAMO = [
  /['"]@aws-sdk\//,
  /\bAttributeValue\b/,
  /\b(?:un)?marshall\b/,
  /\bDynamoDB(?:Document)?Client\b/,
  /\bdynamoClient\b/,
];

/** The rooms (issue 19): use cases and the domain know no DynamoDB; the ports they use are their own. */
export function appEnDomeinZonderDynamo(bronnen: readonly Bron[]): string[] {
  return bronnen
    .filter((b) => ['app', 'domain'].includes(kamer(b.pad)))
    .flatMap((b) => {
      const tekst = zonderCommentaar(b.tekst);
      return DYNAMO.filter((r) => r.test(tekst)).map((r) => `${b.pad} uses ${r.source}`);
    });
}

/** The rooms: the domain imports only the domain; the use cases never the handlers. */
export function kamersImporterenBinnenwaarts(bronnen: readonly Bron[]): string[] {
  const verboden: Record<string, readonly string[]> = {
    domain: ['app', 'adapters', 'handlers'],
    app: ['handlers'],
  };
  return bronnen.flatMap((b) =>
    doelen(b)
      .filter((d) => verboden[kamer(b.pad)]?.includes(kamer(d)))
      .map((d) => `${b.pad} imports ${d}`),
  );
}

/**
 * Known violations still being removed, each with its reason and who removes it. Empty now: toestemming's broker
 * writes became a repository over the kit's write path (helper bulk) before these rules landed.
 */
const TOEGESTAAN: readonly string[] = [];

function bronnenVan(service: string): Bron[] {
  const src = join(ROOT, 'services', service, 'src');
  return sourceFiles(src).map((f) => ({ pad: relative(src, f).split('\\').join('/'), tekst: readFileSync(f, 'utf8') }));
}

describe('the rooms of every context (issue 19): handlers -> app -> domain, adapters behind ports', () => {
  const overtredingen = (regel: (b: readonly Bron[]) => string[]) =>
    SERVICES.flatMap((s) => regel(bronnenVan(s)).map((v) => `services/${s}/src/${v}`)).filter(
      (v) => !TOEGESTAAN.includes(v),
    );

  it(`handlers import no adapter of their context except the composition root (${COMPOSITIEWORTEL})`, () => {
    expect(overtredingen(handlersZonderAdapters)).toEqual([]);
  });

  it('app/ and domain/ use no DynamoDB: no @aws-sdk import, no AttributeValue, no marshall, no client', () => {
    expect(overtredingen(appEnDomeinZonderDynamo)).toEqual([]);
  });

  it('domain/ imports nothing from app/, adapters/ or handlers/; app/ nothing from handlers/', () => {
    expect(overtredingen(kamersImporterenBinnenwaarts)).toEqual([]);
  });

  it('every service is read (the rules cannot pass on an empty file list)', () => {
    for (const s of SERVICES) expect(bronnenVan(s).length, s).toBeGreaterThan(0);
    expect(SERVICES).toContain('begeleiding');
  });

  it('the rules catch a planted violation of each kind, and pass what is allowed', () => {
    const geplant: Bron[] = [
      { pad: 'handlers/http.ts', tekst: "import { dynamoStore } from '../adapters/store';" },
      { pad: 'handlers/routes/x.ts', tekst: "import type { Store } from '../../adapters/store';" },
      { pad: 'app/lezen.ts', tekst: "import { QueryCommand } from '@aws-sdk/client-dynamodb';" },
      { pad: 'app/typen.ts', tekst: 'export type Cursor = Record<string, AttributeValue>;' },
      { pad: 'domain/item.ts', tekst: 'export const item = (x: object) => marshall(x);' },
      { pad: 'domain/regel.ts', tekst: "import { laad } from '../app/laden';" },
      { pad: 'domain/sub/diep.ts', tekst: "import { keys } from '../../adapters/keys';" },
      { pad: 'app/gebruik.ts', tekst: "import { schrijfrecht } from '../handlers/routes';" },
    ];
    expect(handlersZonderAdapters(geplant)).toEqual([
      'handlers/http.ts imports adapters/store',
      'handlers/routes/x.ts imports adapters/store',
    ]);
    expect(appEnDomeinZonderDynamo(geplant).map((v) => v.split(' ')[0])).toEqual([
      'app/lezen.ts',
      'app/typen.ts',
      'domain/item.ts',
    ]);
    expect(kamersImporterenBinnenwaarts(geplant)).toEqual([
      'domain/regel.ts imports app/laden',
      'domain/sub/diep.ts imports adapters/keys',
      'app/gebruik.ts imports handlers/routes',
    ]);
    const toegestaan: Bron[] = [
      { pad: COMPOSITIEWORTEL, tekst: "import { dynamoStore } from '../adapters/store';" },
      { pad: 'handlers/http.ts', tekst: "import { leesTraject } from '../app/traject';" },
      { pad: 'app/traject.ts', tekst: "import { trajectSleutel } from '../adapters/keys';\n// no marshall here" },
      { pad: 'domain/fase.ts', tekst: "import { plusDagen } from './datum';" },
    ];
    expect([
      ...handlersZonderAdapters(toegestaan),
      ...appEnDomeinZonderDynamo(toegestaan),
      ...kamersImporterenBinnenwaarts(toegestaan),
    ]).toEqual([]);
  });
});

describe('the contract in the repository', () => {
  it('docs/API.md is the product API.md', () => {
    const shared = join(ROOT, '..', 'shared', 'API.md');
    const copy = readFileSync(join(ROOT, 'docs', 'API.md'), 'utf8');
    expect(copy.length).toBeGreaterThan(1000);
    if (existsSync(shared)) expect(copy).toBe(readFileSync(shared, 'utf8'));
  });
});
