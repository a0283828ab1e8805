// The NL API Design Rules step of the test command: starts the local platform, fetches the document it serves at
// /v1/openapi.json, and lints it with Spectral and the project's ruleset. Exit 1 on any error.

import { startPlatform } from './support/platform';
import { fouten, lintMetSpectral, NL_API_RULESET } from './support/spectral';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const p = await startPlatform({ logLevel: 'SILENT' });
let code = 1;
try {
  const res = await fetch(`${p.url}/v1/openapi.json`);
  const document = await res.json();
  const bevindingen = await lintMetSpectral(document);
  for (const b of bevindingen)
    console.log(`${b.severity === 0 ? 'error' : 'warn '} ${b.code} ${b.path.join('.')}: ${b.message}`);
  const n = fouten(bevindingen).length;
  console.log(
    `Spectral (${NL_API_RULESET.split('/').slice(-3).join('/')}) on the served /v1/openapi.json ` +
      `(API-Version ${res.headers.get('api-version')}): ${n} errors, ${bevindingen.length - n} other findings`,
  );
  code = n === 0 && res.status === 200 ? 0 : 1;
} finally {
  await p.stop();
}
process.exit(code);
