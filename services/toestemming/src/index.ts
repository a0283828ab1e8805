import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { toestemmingTabel } from './tabel';

const entry = (file: string) => fileURLToPath(new URL(`./handlers/${file}.ts`, import.meta.url));

export const manifest: ServiceManifest = {
  naam: 'toestemming',
  tabel: toestemmingTabel,
  functies: {
    http: entry('http'),
    consumer: entry('consumer'),
    relay: entry('relay'),
    persoon: entry('persoon'),
    beslissing: entry('beslissing'),
  },
};
