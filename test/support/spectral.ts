import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The project's ruleset for the NL API Design Rules (written from the rules as Logius publishes them). */
export const NL_API_RULESET = join(ROOT, 'packages/contracts/spectral/nl-api-design-rules.yaml');

export interface Bevinding {
  code: string;
  /** 0 error, 1 warning, 2 info, 3 hint (Spectral's DiagnosticSeverity). */
  severity: number;
  message: string;
  path: (string | number)[];
}

/** Lints an OpenAPI document with `@stoplight/spectral-cli` (the CLI the toolchain names) and returns its findings. */
export async function lintMetSpectral(document: unknown, ruleset = NL_API_RULESET): Promise<Bevinding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-spectral-'));
  try {
    const bestand = join(dir, 'openapi.json');
    const uitvoer = join(dir, 'resultaten.json');
    writeFileSync(bestand, JSON.stringify(document));
    // Asynchronously: the platform under test shares this process's event loop.
    const r = await new Promise<{ code: number | null; uit: string }>((resolve) => {
      execFile(
        join(ROOT, 'node_modules/.bin/spectral'),
        ['lint', '--quiet', '-r', ruleset, '-f', 'json', '-o', uitvoer, bestand],
        (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, uit: `${stderr}${stdout}` }),
      );
    });
    // Exit 1 means "found errors"; anything else without a report is Spectral failing to run.
    if (!existsSync(uitvoer)) throw new Error(`spectral did not run (exit ${r.code}): ${r.uit}`);
    const tekst = readFileSync(uitvoer, 'utf8').trim();
    return tekst ? (JSON.parse(tekst) as Bevinding[]) : [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const fouten = (b: readonly Bevinding[]) => b.filter((x) => x.severity === 0);
