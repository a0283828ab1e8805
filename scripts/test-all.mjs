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

/**
 * The browser tests (test/browser) drive Debian's chromium (TOOLCHAIN.md). On a machine without it: install it when we
 * can (root with apt, with the Noto fonts for Arabic, Tigrinya and Farsi), else stop here with how to do it. The
 * browser tests are never skipped silently.
 */
function zorgVoorChromium() {
  const heeft = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  const fonts = () =>
    spawnSync('sh', ['-c', 'fc-list | grep -qi "Noto Sans Ethiopic"'], { stdio: 'ignore' }).status === 0;
  const chromium = () => Boolean(process.env.CHROMIUM_PATH) || heeft('chromium');
  if (chromium() && fonts()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && heeft('apt-get')) {
    console.log('installing chromium and fonts-noto-core (apt-get) for the browser tests');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-core'], {
      stdio: 'inherit',
      env,
    });
  }
  if (!chromium()) {
    console.log(
      'FAIL the browser tests need Chromium: run `apt-get update && apt-get install -y chromium fonts-noto-core` as ' +
        'root (or set CHROMIUM_PATH to a Chromium binary), then run this command again.',
    );
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
  // Without the Noto fonts the tests still hold (they read text, not pixels); screenshots would show boxes.
  if (!fonts()) console.log('warning: fonts-noto-core is missing; Tigrinya renders as boxes in screenshots');
}
zorgVoorChromium();

/**
 * The W3C Nu HTML Checker (vnu-jar, test/e2e/nu-html.test.ts) runs on Java (TOOLCHAIN.md). On a machine without it:
 * install the headless JRE when we can (root with apt), else stop here with how to do it. Never skipped silently.
 */
function zorgVoorJava() {
  const heeftJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
  if (heeftJava()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    console.log('installing default-jre-headless (apt-get) for the W3C Nu HTML Checker');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'default-jre-headless'], {
      stdio: 'inherit',
      env,
    });
  }
  if (!heeftJava()) {
    console.log(
      'FAIL the W3C Nu HTML Checker needs Java: run `apt-get install -y default-jre-headless` as root, then run this ' +
        'command again.',
    );
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
}
zorgVoorJava();

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
