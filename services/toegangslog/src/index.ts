import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { toegangslogTabel } from './tabel';

const entry = (file: string) => fileURLToPath(new URL(`./handlers/${file}.ts`, import.meta.url));

/**
 * The access log per user (issue 20): who read or wrote which dossier, kept apart from the function logs in a table of
 * its own, and the signaleringen of users who open unusually many dossiers (published for the alarm topic).
 */
export const manifest: ServiceManifest = {
  naam: 'toegangslog',
  tabel: toegangslogTabel,
  functies: { http: entry('http'), consumer: entry('consumer'), persoon: entry('persoon') },
};
