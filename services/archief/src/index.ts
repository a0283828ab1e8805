import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { archiefTabel } from './tabel';

const entry = (file: string) => fileURLToPath(new URL(`./handlers/${file}.ts`, import.meta.url));

export const manifest: ServiceManifest = {
  naam: 'archief',
  tabel: archiefTabel,
  functies: { http: entry('http'), consumer: entry('consumer'), planner: entry('planner'), persoon: entry('persoon') },
  // The archief announces no domain events; its HTTP chain publishes the access log's (issue 20).
};
