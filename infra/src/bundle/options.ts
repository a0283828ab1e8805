import type { BuildOptions } from 'esbuild';

/**
 * Lets the CommonJS dependencies inside the ESM bundle `require` Node built-ins (esbuild's ESM output has no `require`).
 */
const CREATE_REQUIRE_BANNER =
  "import { createRequire as __wegwijsCreateRequire } from 'node:module'; const require = __wegwijsCreateRequire(import.meta.url);";

/**
 * The esbuild options of every Lambda bundle (and of the SDK baselines the size budget compares against): one ESM file
 * for Node 22, minified, with the AWS SDK clients bundled (pinned by the lockfile, not the runtime's copy) and JSON
 * imports inlined.
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  minify: true,
  // Prefer the ESM builds of the dependencies (the AWS SDK ships dist-es) so unused code is tree-shaken.
  mainFields: ['module', 'main'],
  banner: { js: CREATE_REQUIRE_BANNER },
  // Nothing is external: the AWS SDK clients are bundled on purpose.
  external: [],
  loader: { '.json': 'json' },
  // UTF-8 output: texts in Arabic, Tigrinya and Farsi (the portaal's catalogues) stay 2-3 bytes a character instead
  // of 6-12 as \u escapes. Lambda reads the file as UTF-8.
  charset: 'utf8',
  // Stack traces point at the TypeScript sources (NODE_OPTIONS=--enable-source-maps); the sources are not embedded.
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'silent',
  metafile: true,
} as const satisfies BuildOptions;

/** The file name of the bundle inside its directory; the Lambda handler is `index.handler`. */
export const BUNDLE_FILE = 'index.mjs';
export const LAMBDA_HANDLER = 'index.handler';
