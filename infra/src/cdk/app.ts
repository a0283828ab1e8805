import { allowMissing, DIST_DIR } from '../bundle/paths';
import { SERVICE_MANIFESTS } from '../services';
import { gebundeldeCode } from './code';
import { maakApp } from './maak-app';

// The entry point of `cdk synth` / `cdk deploy` (cdk.json). Run `pnpm run bundle` first (`pnpm run synth` does both).
const { app } = maakApp({
  code: gebundeldeCode(DIST_DIR, { allowMissing: allowMissing() }),
  manifests: SERVICE_MANIFESTS,
});
app.synth();
