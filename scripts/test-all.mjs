#!/usr/bin/env node
// The one test command: lint + format check (Biome, which also rejects import cycles), typecheck (tsc, strict), and
// every vitest suite. Ends with the line CI reads: `N passed, N failed` (each check counts as one, each test as one).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
const bin = (name) => join('node_modules', '.bin', name);

function check(name, cmd, args) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = r.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (ok) passed++;
  else failed++;
}

check('lint, format and import cycles (biome ci)', bin('biome'), ['ci', '.']);
check('typecheck (tsc --noEmit, strict)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
// NL API Design Rules: the project's Spectral ruleset on the document the local platform serves (0 errors).
check('NL API Design Rules (Spectral on the served /v1/openapi.json)', bin('tsx'), ['test/api-lint.ts']);

const dir = mkdtempSync(join(tmpdir(), 'wegwijs-vitest-'));
const report = join(dir, 'report.json');
const r = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numTotalTests === 0) failed++;
  // a suite that failed to load counts as a failure too
  failed += json.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
} catch {
  console.log('FAIL vitest produced no report');
  failed++;
}
if (r.status !== 0 && failed === 0) failed++;
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
