import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';

export const manifest: ServiceManifest = {
  naam: 'profiel',
  functies: { http: fileURLToPath(new URL('./handlers/http.ts', import.meta.url)) },
};
