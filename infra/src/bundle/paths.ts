import { fileURLToPath } from 'node:url';

/** Where `pnpm run bundle` writes the bundles: `infra/dist/<functionId>/index.mjs` (gitignored via `dist/`). */
export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/** Set to `1` to let the bundle step (and synthesis) leave out entry files that do not exist yet. */
export const ALLOW_MISSING_ENV = 'WEGWIJS_BUNDLE_ALLOW_MISSING';

export const allowMissing = (env: NodeJS.ProcessEnv = process.env) => env[ALLOW_MISSING_ENV] === '1';
