import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

describe('the contract in the repository', () => {
  it('docs/API.md is the product API.md', () => {
    const shared = join(ROOT, '..', 'shared', 'API.md');
    const copy = readFileSync(join(ROOT, 'docs', 'API.md'), 'utf8');
    expect(copy.length).toBeGreaterThan(1000);
    if (existsSync(shared)) expect(copy).toBe(readFileSync(shared, 'utf8'));
  });
});
