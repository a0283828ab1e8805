import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './options';
import type { SdkClient } from './sdk';

/**
 * The size in bytes of a bundle that holds only the given AWS SDK clients (the exact copies a function used), built
 * with the same options as the function bundles. A function's own code is its bundle size minus this baseline.
 */
export function sdkBaselineBytes(clients: readonly SdkClient[]): Promise<number> {
  const sleutel = clients.map((c) => `${c.map}#${c.klasse}`).join('|');
  let bytes = cache.get(sleutel);
  if (!bytes) {
    bytes = bouwBaseline(clients);
    cache.set(sleutel, bytes);
  }
  return bytes;
}

/** Functions that use the same clients share one baseline build. */
const cache = new Map<string, Promise<number>>();

async function bouwBaseline(clients: readonly SdkClient[]): Promise<number> {
  return (await sdkAlleen(clients)).byteLength;
}

/** The bundle of only these SDK clients (and a handler that touches them), built as the function bundles are. */
async function sdkAlleen(clients: readonly SdkClient[]): Promise<Uint8Array> {
  const contents =
    clients.map((c, i) => `import { ${c.klasse} as C${i} } from ${JSON.stringify(c.map)};`).join('\n') +
    `\nexport const clients = [${clients.map((_, i) => `C${i}`).join(', ')}];\n` +
    'export const handler = async () => clients.length;\n';
  const { sourcemap: _sourcemap, sourcesContent: _sourcesContent, metafile: _metafile, ...options } = BUNDLE_OPTIONS;
  const result = await build({
    ...options,
    stdin: { contents, resolveDir: process.cwd(), loader: 'js', sourcefile: 'sdk-baseline.js' },
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no baseline output');
  return output.contents;
}

/**
 * Writes the SDK-only bundle of a function (the floor of its cold start: what importing just its AWS SDK clients
 * costs) to `bestand`.
 */
export async function schrijfSdkVloer(clients: readonly SdkClient[], bestand: string): Promise<void> {
  mkdirSync(dirname(bestand), { recursive: true });
  writeFileSync(bestand, await sdkAlleen(clients));
}
