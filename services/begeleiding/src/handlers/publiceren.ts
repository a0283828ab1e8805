import { logger } from '@wegwijs/lambda-kit';
import type { Sleutel } from '../adapters/keys';
import type { Uitgaand } from '../adapters/uitgaand';
import type { BegeleidingDeps } from './deps';
import { publiceerUitgaand } from './traject-werk';

/**
 * Publishes after a request's write. The change and its events are stored already (outbox), so a failure here does
 * not fail the request: the planner publishes whatever is left pending.
 */
export async function publiceerNaSchrijven(
  deps: BegeleidingDeps,
  ...items: { sleutel: Sleutel; uitgaand: Uitgaand | undefined }[]
): Promise<void> {
  for (const { sleutel, uitgaand } of items) {
    if (!uitgaand) continue;
    try {
      await publiceerUitgaand(deps, sleutel, uitgaand);
    } catch (e) {
      logger.error('publish deferred to the planner', {
        pk: sleutel.pk,
        errorName: e instanceof Error ? e.name : 'Error',
      });
    }
  }
}
