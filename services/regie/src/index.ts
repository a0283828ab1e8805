import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { regieTabel } from './tabel';

const entry = (file: string) => fileURLToPath(new URL(`./handlers/${file}.ts`, import.meta.url));

export const manifest: ServiceManifest = {
  naam: 'regie',
  tabel: regieTabel,
  functies: { http: entry('http'), consumer: entry('consumer') },
  // Regie only consumes: it announces nothing, so its functions may not put events on the bus.
  publiceert: false,
};
