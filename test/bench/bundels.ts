import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { meetBundle } from '@wegwijs/infra/bundle/budget';
import { bundleFuncties } from '@wegwijs/infra/bundle/bundle';
import { functiesVan } from '@wegwijs/infra/bundle/functies';
import { denHaag } from '@wegwijs/infra/deployments/index';
import { SERVICE_MANIFESTS } from '@wegwijs/infra/services';
import { lambdaEnv, leestEnvBijImport, type Start, startVers } from './koude-start';
import { kb, median, ratio, tabel } from './stats';

const RUNS = 5;

/** Bundle size (minified, vs the SDK-only baseline of infra/src/bundle) and init in a fresh Node process, per function. */
export async function benchBundels(): Promise<string[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-bundles-'));
  try {
    const t0 = performance.now();
    const { gebundeld } = await bundleFuncties(functiesVan(SERVICE_MANIFESTS), { outDir });
    const bundelMs = performance.now() - t0;
    const maten = await Promise.all(gebundeld.map(meetBundle));
    const leeg = join(outDir, 'leeg', 'index.mjs');
    mkdirSync(join(outDir, 'leeg'));
    writeFileSync(leeg, 'export const handler = async () => ({ statusCode: 200 });\n');

    const bestanden = [leeg, ...gebundeld.map((r) => r.bestand)];
    const envBijImport = await Promise.all(gebundeld.map((r) => leestEnvBijImport(r.bestand)));
    const starts = new Map<string, Start[]>(bestanden.map((b) => [b, []]));
    const env = lambdaEnv(denHaag.config);
    // Rounds over all functions, so drift on the machine spreads evenly; the first round only warms the file cache.
    for (let ronde = 0; ronde <= RUNS; ronde++) {
      for (const b of bestanden) {
        const s = await startVers(b, env);
        if (ronde > 0) starts.get(b)?.push(s);
      }
    }
    const mediaan = (b: string, veld: keyof Start) => median((starts.get(b) ?? []).map((s) => s[veld]));
    const leegImport = mediaan(leeg, 'importMs');
    const leegProces = mediaan(leeg, 'procesMs');
    const rijen = gebundeld.map((r, i) => {
      const m = maten[i];
      const imp = mediaan(r.bestand, 'importMs');
      const proc = mediaan(r.bestand, 'procesMs');
      return [
        r.functie.id,
        m ? kb(m.bytes) : '?',
        m ? kb(m.baselineBytes) : '?',
        m ? kb(m.deltaBytes) : '?',
        imp.toFixed(1),
        ratio(imp, leegImport),
        proc.toFixed(1),
        ratio(proc, leegProces),
        envBijImport[i] ? 'YES' : 'no',
      ];
    });
    const totaal = maten.reduce((s, m) => s + m.bytes, 0);
    return [
      `## bundles and cold start (${gebundeld.length} functions, esbuild minified ESM; init = median of ${RUNS} fresh Node processes)`,
      ...tabel([
        ['function', 'KB', 'SDK KB', 'delta KB', 'init ms', 'x empty', 'process ms', 'x empty', 'env at import'],
        ...rijen,
        ['(empty handler)', '', '', '', leegImport.toFixed(1), '1.0x', leegProces.toFixed(1), '1.0x', ''],
      ]),
      `bundling all functions: ${(bundelMs / 1000).toFixed(1)} s; total ${kb(totaal)} KB; delta median ${kb(median(maten.map((m) => m.deltaBytes)))} KB`,
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
