import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUDGET_BYTES,
  type BundleMaat,
  budgetVoor,
  EIGEN_BUDGETTEN,
  maatTabel,
  meetBundle,
} from '../src/bundle/budget';
import { type BundleRapport, bundleFuncties, OntbrekendeEntryFout } from '../src/bundle/bundle';
import { functiesVan } from '../src/bundle/functies';
import { ALLOW_MISSING_ENV, allowMissing } from '../src/bundle/paths';
import { gebundeldeCode } from '../src/cdk/code';
import { maakApp } from '../src/cdk/maak-app';
import { denHaag } from '../src/deployments/index';
import { SERVICE_MANIFESTS } from '../src/services';
import { wegwijsFuncties } from './support/synth';

const FUNCTIES = functiesVan(SERVICE_MANIFESTS);
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

let outDir: string;
let rapport: BundleRapport;
let maten: BundleMaat[];

beforeAll(async () => {
  // Arrange (once): really bundle every function of the manifests, as `pnpm run bundle` does. A missing entry file
  // fails here with a clear message unless WEGWIJS_BUNDLE_ALLOW_MISSING=1.
  outDir = mkdtempSync(join(tmpdir(), 'wegwijs-bundles-'));
  rapport = await bundleFuncties(FUNCTIES, { outDir, allowMissing: allowMissing() });
  maten = await Promise.all(rapport.gebundeld.map(meetBundle));
  console.log(`\n${maatTabel(maten)}\n`);
  for (const f of rapport.ontbrekend)
    console.warn(`warning: ${f.id} not bundled, entry missing (${ALLOW_MISSING_ENV}=1)`);
});

describe('the bundle step', () => {
  it('bundles every function of the manifests (missing entries only while WEGWIJS_BUNDLE_ALLOW_MISSING=1)', () => {
    expect([...rapport.gebundeld.map((r) => r.functie.id), ...rapport.ontbrekend.map((f) => f.id)].sort()).toEqual(
      FUNCTIES.map((f) => f.id).sort(),
    );
    if (!allowMissing()) expect(rapport.ontbrekend).toEqual([]);
    expect(rapport.gebundeld.length).toBeGreaterThan(0);
  });

  it('fails with a clear message for a missing entry file, and skips it only when allowed', async () => {
    // Arrange
    const ontbrekend = {
      id: 'bestaat-niet-http',
      service: 'profiel',
      soort: 'http',
      entry: '/nergens/http.ts',
    } as const;
    const dir = mkdtempSync(join(tmpdir(), 'wegwijs-missing-'));
    // Act / Assert
    await expect(bundleFuncties([ontbrekend], { outDir: dir })).rejects.toThrow(OntbrekendeEntryFout);
    await expect(bundleFuncties([ontbrekend], { outDir: dir })).rejects.toThrow(
      /bestaat-niet-http \(\/nergens\/http\.ts\).*WEGWIJS_BUNDLE_ALLOW_MISSING=1/,
    );
    const toegestaan = await bundleFuncties([ontbrekend], { outDir: dir, allowMissing: true });
    expect(toegestaan).toEqual({ gebundeld: [], ontbrekend: [ontbrekend] });
  });

  it('makes one self-contained ESM file per function: only Node built-ins stay external, SDK and JSON are inside', () => {
    for (const r of rapport.gebundeld) {
      expect(r.bestand).toBe(join(outDir, r.functie.id, 'index.mjs'));
      const [output] = Object.values(r.metafile.outputs).filter((o) => o.entryPoint);
      const extern = (output?.imports ?? []).filter((i) => i.external).map((i) => i.path);
      for (const pad of extern) expect(BUILTINS.has(pad), `${r.functie.id} imports ${pad} at runtime`).toBe(true);
      expect(
        r.sdkClients.map((c) => c.pakket),
        r.functie.id,
      ).toContain('@aws-sdk/client-dynamodb');
      const inputs = Object.keys(r.metafile.inputs);
      expect(
        inputs.some((i) => i.includes('@aws-sdk/client-dynamodb')),
        r.functie.id,
      ).toBe(true);
      expect(
        inputs.some((i) => i.endsWith('.json')),
        `${r.functie.id} inlines JSON`,
      ).toBe(true);
    }
  });

  it('loads in a fresh Node process and exports the Lambda handler', () => {
    for (const r of rapport.gebundeld) {
      const code = `const m = await import(${JSON.stringify(pathToFileURL(r.bestand).href)}); if (typeof m.handler !== 'function') { console.error('no handler export'); process.exit(1); }`;
      const run = () =>
        execFileSync(process.execPath, ['--input-type=module', '-e', code], {
          env: {
            PATH: process.env.PATH,
            AWS_REGION: 'eu-west-1',
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            POWERTOOLS_LOG_LEVEL: 'SILENT',
            WEGWIJS_CONFIG: JSON.stringify(denHaag.config),
            WEGWIJS_TABEL: 'tabel',
            WEGWIJS_EVENT_BUS: 'bus',
            WEGWIJS_BESLISSING_FUNCTIE: 'toestemming-beslissing',
          },
          stdio: 'pipe',
        });
      expect(run, r.functie.id).not.toThrow();
    }
  });

  it(`keeps every function within ${BUDGET_BYTES / 1024} KB (or its own stated budget) of the AWS SDK clients it uses`, () => {
    for (const m of maten) {
      const culprits = m.zwaarste.map((z) => `${z.pakket} ${(z.bytes / 1024).toFixed(1)} KB`).join(', ');
      expect(m.deltaBytes, `${m.functie} is over budget; heaviest: ${culprits}`).toBeLessThanOrEqual(
        budgetVoor(m.functie),
      );
      expect(m.baselineBytes).toBeGreaterThan(0);
    }
  });

  it('gives a function a budget of its own only with a reason, and never more than the portaal needs', () => {
    for (const [functie, { bytes, reden }] of Object.entries(EIGEN_BUDGETTEN)) {
      expect(
        FUNCTIES.map((f) => f.id),
        functie,
      ).toContain(functie);
      expect(reden.length).toBeGreaterThan(40);
      expect(bytes).toBeGreaterThan(BUDGET_BYTES);
      expect(bytes).toBeLessThanOrEqual(404 * 1024);
    }
  });

  it('synthesizes the stack from the real bundles (Code.fromAsset of each bundle directory)', () => {
    // Arrange
    const { app, stacks } = maakApp({
      code: gebundeldeCode(outDir, { allowMissing: allowMissing() }),
      manifests: SERVICE_MANIFESTS,
      deployments: [denHaag],
      nag: false,
      outdir: mkdtempSync(join(tmpdir(), 'wegwijs-cdk-')),
    });
    // Act
    const assembly = app.synth();
    // Assert
    const [stack] = stacks;
    const template = assembly.getStackByName(stack?.stackName ?? '').template;
    const gebundeld = new Set(rapport.gebundeld.map((r) => r.functie.id));
    const functies = wegwijsFuncties(Template.fromJSON(template));
    expect(functies.length).toBe(FUNCTIES.length);
    for (const [, fn] of functies) {
      const id = String(fn.Properties?.FunctionName).replace('wegwijs-den-haag-', '');
      if (gebundeld.has(id)) {
        expect(fn.Properties?.Code.S3Key, id).toMatch(/\.zip$/);
        expect(fn.Properties?.Handler).toBe('index.handler');
      } else expect(fn.Properties?.Code.ZipFile, id).toBeDefined();
    }
  });
});
