import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, startProces, token } from '../crash/support';
import { nieuwDossier } from '../support/dossier';
import { LogPrivacy } from '../support/log-privacy';
import type { ApiResponse, TestPlatform } from '../support/platform';
import { meetmoment, toestemming } from './event-pad';

/** Resident memory (MiB) of every process in a process group, read from /proc (Linux). */
export function rssVanGroep(pgid: number): number {
  let kib = 0;
  for (const naam of readdirSync('/proc')) {
    if (!/^\d+$/.test(naam)) continue;
    try {
      const stat = readFileSync(`/proc/${naam}/stat`, 'utf8');
      const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(velden[2]) !== pgid) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${naam}/status`, 'utf8'));
      kib += Number(m?.[1] ?? 0);
    } catch {
      // the process ended while we read
    }
  }
  return kib / 1024;
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TestPlatform over HTTP for a platform in another process (the dossier helpers take one). */
function overHttp(url: string): TestPlatform {
  return {
    url,
    platform: undefined as never,
    token: (claims) => token(url, claims as unknown as Record<string, unknown>),
    async api(method, path, options = {}): Promise<ApiResponse> {
      const res = await api(url, method, path, options.token, options.body);
      return { status: res.status, headers: new Headers(), body: res.body };
    },
    settled: async () => void (await api(url, 'GET', '/dev/settled')),
    stop: async () => undefined,
    logs: new LogPrivacy(),
    schendingen: () => [],
    gecontroleerd: () => 0,
    controleer: () => undefined,
  };
}

/**
 * Finding 11: RSS of the whole local platform (its process group, data on disk) after start, after `lastS` seconds of
 * mixed load (aanmelding, consent, meetmomenten, the gemeente's view, the verwerkingenlog, the traject) and after
 * `rustS` seconds idle. Target: idle RSS within 1.3x of RSS after start.
 */
export async function benchGeheugen(
  lastS = Number(process.env.WEGWIJS_BENCH_LAST_S ?? 120),
  rustS = Number(process.env.WEGWIJS_BENCH_RUST_S ?? 60),
): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-geheugen-'));
  const proces = await startProces(dir);
  try {
    const p = overHttp(proces.url);
    await p.settled();
    const start = rssVanGroep(proces.pid);
    const einde = Date.now() + lastS * 1000;
    let verzoeken = 0;
    const werker = async () => {
      while (Date.now() < einde) {
        const d = await nieuwDossier(p, '0518', 'vluchtelingenwerk');
        await p.api('POST', `/v1/inburgeraars/${d.id}/toestemmingen`, { token: d.inburgeraar, body: toestemming() });
        for (let i = 0; i < 5 && Date.now() < einde; i++) {
          await p.api('POST', `/v1/inburgeraars/${d.id}/meetmomenten`, { token: d.begeleider, body: meetmoment() });
          await p.api('GET', `/v1/inburgeraars/${d.id}/voortgang`, { token: d.consulent });
          await p.api('GET', `/v1/inburgeraars/${d.id}/verwerkingen`, { token: d.inburgeraar });
          await p.api('GET', `/v1/inburgeraars/${d.id}/traject`, { token: d.begeleider });
          verzoeken += 4;
        }
        verzoeken += 4;
      }
    };
    await Promise.all([werker(), werker(), werker(), werker()]);
    await p.settled();
    const naLast = rssVanGroep(proces.pid);
    await wacht(rustS * 1000);
    const naRust = rssVanGroep(proces.pid);
    const factor = naRust / start;
    return [
      '## memory of the local platform (process group RSS, data on disk)',
      `after start ${start.toFixed(0)} MiB; after ${lastS} s mixed load (${verzoeken} requests) ${naLast.toFixed(0)} MiB; after ${rustS} s idle ${naRust.toFixed(0)} MiB = ${factor.toFixed(2)}x start (target <= 1.3x: ${factor <= 1.3 ? 'met' : 'NOT met'})`,
    ];
  } finally {
    await proces.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
