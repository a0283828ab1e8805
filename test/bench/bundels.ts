import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { schrijfSdkVloer } from '@wegwijs/infra/bundle/baseline';
import { meetBundle } from '@wegwijs/infra/bundle/budget';
import { bundleFuncties } from '@wegwijs/infra/bundle/bundle';
import { functiesVan } from '@wegwijs/infra/bundle/functies';
import { denHaag } from '@wegwijs/infra/deployments/index';
import { SERVICE_MANIFESTS } from '@wegwijs/infra/services';
import { lambdaEnv, leestEnvBijImport, type Start, startVers } from './koude-start';
import { kb, median, ratio, tabel } from './stats';

const RUNS = 7;
/** The aim of issue 14: a function initialises at most this much slower than a bundle of only its SDK clients. */
const VLOER_DOEL_MS = 30;

/** Bundle size (minified, vs the SDK-only baseline of infra/src/bundle) and init in a fresh Node process, per function. */
export async function benchBundels(welke: (id: string) => boolean = () => true): Promise<string[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-bundles-'));
  try {
    const t0 = performance.now();
    const { gebundeld } = await bundleFuncties(
      functiesVan(SERVICE_MANIFESTS).filter((f) => welke(f.id)),
      { outDir },
    );
    const bundelMs = performance.now() - t0;
    const maten = await Promise.all(gebundeld.map(meetBundle));
    const leeg = join(outDir, 'leeg', 'index.mjs');
    mkdirSync(join(outDir, 'leeg'));
    writeFileSync(leeg, 'export const handler = async () => ({ statusCode: 200 });\n');

    // The floor of each function: a bundle of only the AWS SDK clients it uses (functions with the same clients share one).
    const vloerVan = new Map<string, string>();
    for (const r of gebundeld) {
      const sleutel = r.sdkClients.map((c) => c.klasse).join('+') || 'geen';
      if (!vloerVan.has(sleutel)) {
        const bestand = join(outDir, `vloer-${vloerVan.size}`, 'index.mjs');
        await schrijfSdkVloer(r.sdkClients, bestand);
        vloerVan.set(sleutel, bestand);
      }
    }
    const vloer = (r: (typeof gebundeld)[number]) =>
      vloerVan.get(r.sdkClients.map((c) => c.klasse).join('+') || 'geen') as string;
    const envBijImport = await Promise.all(gebundeld.map((r) => leestEnvBijImport(r.bestand)));
    const starts = new Map<string, Start[]>();
    const bij = (b: string, s: Start) => starts.set(b, [...(starts.get(b) ?? []), s]);
    /** Per function, its init minus that of its floor started right before it: paired, so load drift cancels out. */
    const verschillen = new Map<string, number[]>();
    const cpuVerschillen = new Map<string, number[]>();
    const env = lambdaEnv(denHaag.config);
    // Rounds over all functions, each right after its floor; the first round only warms the file cache.
    for (let ronde = 0; ronde <= RUNS; ronde++) {
      const l = await startVers(leeg, env);
      if (ronde > 0) bij(leeg, l);
      for (const r of gebundeld) {
        const v = await startVers(vloer(r), env);
        const f = await startVers(r.bestand, env);
        if (ronde === 0) continue;
        bij(vloer(r), v);
        bij(r.bestand, f);
        verschillen.set(r.bestand, [...(verschillen.get(r.bestand) ?? []), f.importMs - v.importMs]);
        cpuVerschillen.set(r.bestand, [...(cpuVerschillen.get(r.bestand) ?? []), f.cpuMs - v.cpuMs]);
      }
    }
    const mediaan = (b: string, veld: keyof Start) => median((starts.get(b) ?? []).map((s) => s[veld]));
    const leegImport = mediaan(leeg, 'importMs');
    const leegProces = mediaan(leeg, 'procesMs');
    const boven: number[] = [];
    const cpuBoven: number[] = [];
    const rijen = gebundeld.map((r, i) => {
      const m = maten[i];
      const imp = mediaan(r.bestand, 'importMs');
      const proc = mediaan(r.bestand, 'procesMs');
      const vloerMs = mediaan(vloer(r), 'importMs');
      const over = median(verschillen.get(r.bestand) ?? []);
      const cpuOver = median(cpuVerschillen.get(r.bestand) ?? []);
      boven.push(over);
      cpuBoven.push(cpuOver);
      const plus = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
      return [
        r.functie.id,
        r.sdkClients.map((c) => c.klasse.replace(/Client$/, '')).join('+') || '-',
        m ? kb(m.bytes) : '?',
        m ? kb(m.baselineBytes) : '?',
        m ? kb(m.deltaBytes) : '?',
        imp.toFixed(1),
        vloerMs.toFixed(1),
        plus(over),
        mediaan(r.bestand, 'cpuMs').toFixed(1),
        mediaan(vloer(r), 'cpuMs').toFixed(1),
        plus(cpuOver),
        over <= VLOER_DOEL_MS ? 'yes' : 'NO',
        cpuOver <= VLOER_DOEL_MS ? 'yes' : 'NO',
        ratio(imp, leegImport),
        proc.toFixed(1),
        ratio(proc, leegProces),
        envBijImport[i] ? 'YES' : 'no',
      ];
    });
    const totaal = maten.reduce((s, m) => s + m.bytes, 0);
    return [
      `## bundles and cold start (${gebundeld.length} functions, esbuild minified ESM; init = median of ${RUNS} fresh Node processes; over floor = median of the ${RUNS} paired differences with the floor started right before; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at the end)`,
      ...tabel([
        [
          'function',
          'SDK clients',
          'KB',
          'SDK KB',
          'delta KB',
          'init ms',
          'SDK floor ms',
          'over floor',
          'init CPU ms',
          'floor CPU ms',
          'CPU over floor',
          `<= +${VLOER_DOEL_MS}`,
          `CPU <= +${VLOER_DOEL_MS}`,
          'x empty',
          'process ms',
          'x empty',
          'env at import',
        ],
        ...rijen,
        [
          '(empty handler)',
          '',
          '',
          '',
          '',
          leegImport.toFixed(1),
          '',
          '',
          mediaan(leeg, 'cpuMs').toFixed(1),
          '',
          '',
          '',
          '',
          '1.0x',
          leegProces.toFixed(1),
          '1.0x',
          '',
        ],
      ]),
      `init over the SDK-only floor: median ${median(boven).toFixed(1)} ms, max ${Math.max(...boven).toFixed(1)} ms; ${boven.filter((b) => b <= VLOER_DOEL_MS).length} of ${boven.length} within +${VLOER_DOEL_MS} ms`,
      `init CPU time over the floor's: median ${median(cpuBoven).toFixed(1)} ms, max ${Math.max(...cpuBoven).toFixed(1)} ms; ${cpuBoven.filter((b) => b <= VLOER_DOEL_MS).length} of ${cpuBoven.length} within +${VLOER_DOEL_MS} ms`,
      `bundling all functions: ${(bundelMs / 1000).toFixed(1)} s; total ${kb(totaal)} KB; delta median ${kb(median(maten.map((m) => m.deltaBytes)))} KB`,
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
