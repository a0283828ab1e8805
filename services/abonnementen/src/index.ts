import { fileURLToPath } from 'node:url';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { abonnementenTabel } from './tabel';

const entry = (file: string) => fileURLToPath(new URL(`./handlers/${file}.ts`, import.meta.url));

/**
 * Subscriptions of partner systems (issue 23): notifications in the style of the ZGW Notificaties API, each naming a
 * resource the subscriber then reads with its own token; signed, delivered at least once, retried for 24 hours.
 */
export const manifest: ServiceManifest = {
  naam: 'abonnementen',
  tabel: abonnementenTabel,
  functies: { http: entry('http'), consumer: entry('consumer'), planner: entry('planner') },
  publiceert: false,
  plannerElkeMinuten: 1,
};
