import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Code } from 'aws-cdk-lib/aws-lambda';
import type { FunctieDefinitie } from '../bundle/functies';
import { BUNDLE_FILE } from '../bundle/options';
import { ALLOW_MISSING_ENV } from '../bundle/paths';

/** Where a function's deployment package comes from. */
export type CodeVoor = (functie: FunctieDefinitie) => Code;

/** A stand-in for a function whose entry file does not exist yet: it fails every invocation. */
const NOG_NIET_GEBOUWD = `export const handler = async () => { throw new Error('this function has not been built yet'); };`;

/**
 * The pre-bundled package of each function (`<distDir>/<functionId>/index.mjs`, written by `pnpm run bundle`). A
 * missing bundle fails synthesis with a clear message; only with `allowMissing` (WEGWIJS_BUNDLE_ALLOW_MISSING=1) does a
 * function whose entry file does not exist yet get a stand-in that fails every invocation.
 */
export function gebundeldeCode(distDir: string, options: { allowMissing?: boolean } = {}): CodeVoor {
  return (functie) => {
    const map = join(distDir, functie.id);
    if (existsSync(join(map, BUNDLE_FILE))) return Code.fromAsset(map);
    if (options.allowMissing && !existsSync(functie.entry)) {
      console.warn(`warning: ${functie.id} has no entry file yet; deployed as a stand-in (${ALLOW_MISSING_ENV}=1)`);
      return Code.fromInline(NOG_NIET_GEBOUWD);
    }
    throw new Error(`no bundle for ${functie.id} in ${map}: run \`pnpm run bundle\` before synthesis`);
  };
}
