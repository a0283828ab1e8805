import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The W3C Nu HTML Checker (`vnu-jar` from npm, on the machine's Java: TOOLCHAIN.md) over rendered pages. It catches
 * what axe-core does not: invalid nesting, duplicate ids, and a heading that skips a level (reported as an error).
 */
export interface NuMelding {
  pagina: string;
  type: string;
  subType?: string;
  message: string;
  extract?: string;
}

const vnuJar = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/**
 * Checks every page in one run of the checker (one JVM start); answers the errors and warnings per page name. The
 * checker runs asynchronously: a blocked event loop would keep the test's HTTP client from noticing the platform's
 * closed keep-alive sockets.
 */
export async function controleerHtml(paginas: Record<string, string>): Promise<NuMelding[]> {
  const map = mkdtempSync(join(tmpdir(), 'wegwijs-nu-'));
  try {
    const bestanden = Object.entries(paginas).map(([naam, html], i) => {
      const bestand = join(map, `p${i}.html`);
      writeFileSync(bestand, html);
      return { naam, bestand };
    });
    // The checker exits 1 when it finds errors: its report is on stdout either way.
    const r = await promisify(execFile)(
      'java',
      ['-jar', vnuJar(), '--format', 'json', '--stdout', ...bestanden.map((b) => b.bestand)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    ).catch((e: { stdout?: string; message: string }) => ({ stdout: e.stdout ?? '', fout: e.message }));
    if (!r.stdout) {
      throw new Error(
        `the Nu HTML Checker did not run (${'fout' in r ? r.fout : 'no output'}): it needs Java 11 or later ` +
          '(`apt-get install -y default-jre-headless`, TOOLCHAIN.md)',
      );
    }
    const uit = JSON.parse(r.stdout) as { messages: (Omit<NuMelding, 'pagina'> & { url?: string })[] };
    const naamVan = new Map(bestanden.map((b) => [`file:${b.bestand}`, b.naam]));
    return uit.messages
      .filter((m) => m.type === 'error' || m.subType === 'warning')
      .map(({ url, type, subType, message, extract }) => ({
        pagina: naamVan.get(url ?? '') ?? url ?? '?',
        type,
        ...(subType ? { subType } : {}),
        message,
        ...(extract ? { extract } : {}),
      }));
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
