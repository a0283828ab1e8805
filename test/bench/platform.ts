import { startPlatform } from '../support/platform';
import { benchEndpoints } from './endpoints';
import { benchEventPad, dossiersMetToestemming } from './event-pad';

/** The event path and the main endpoints on the local platform (gateway, worker threads, dynalite, event bus). */
export async function benchPlatform(): Promise<string[]> {
  const p = await startPlatform();
  try {
    const dossiers = await dossiersMetToestemming(p);
    return [
      '## local platform (loopback, warm workers, dynalite in memory)',
      ...(await benchEventPad(p, dossiers)),
      ...(await benchEndpoints(p, dossiers)),
    ];
  } finally {
    await p.stop();
  }
}
