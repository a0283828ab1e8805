import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { portaalTabel } from './tabel';

const entry = (file: string) => fileURLToPath(new URL(`./handlers/${file}.ts`, import.meta.url));

/** Mijn Wegwijs: the inburgeraar's pages under /mijn (a backend-for-frontend; routes in infra's PAGINA_ROUTES). */
export const manifest: ServiceManifest = {
  naam: 'portaal',
  tabel: portaalTabel,
  functies: { http: entry('http') },
};
