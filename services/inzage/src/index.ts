import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';

/**
 * The inzage (AVG art. 15, 20): one read that gathers every record of a person from each context's person repository
 * (their `persoon` functions, by Lambda Invoke). It keeps nothing itself: no table, no events of its own.
 */
export const manifest: ServiceManifest = {
  naam: 'inzage',
  functies: { http: fileURLToPath(new URL('./handlers/http.ts', import.meta.url)) },
};
