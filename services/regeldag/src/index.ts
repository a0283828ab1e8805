import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { regeldagTabel } from './tabel';

const entry = (file: string) => fileURLToPath(new URL(`./handlers/${file}.ts`, import.meta.url));

export const manifest: ServiceManifest = {
  naam: 'regeldag',
  tabel: regeldagTabel,
  functies: { http: entry('http'), consumer: entry('consumer'), relay: entry('relay'), persoon: entry('persoon') },
};
