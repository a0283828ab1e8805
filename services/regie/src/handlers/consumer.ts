import { type AnoniemEnvelope, RegietellingenBijgewerkt } from '@wegwijs/contracts';
import { type DedupeStore, type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { RegieDeps } from '../app/deps';
import { verwerkTellingen } from '../app/tellingen';
import { defaultDeps } from './deps';

/**
 * No separate dedupe records: each item records the ids of the events applied to it in the same conditional write as
 * its counters, so a duplicate changes nothing (and saves two requests per event).
 */
const structureelIdempotent: DedupeStore = { seen: async () => false, remember: async () => undefined };

/** Regie consumes exactly one event, the anonymous RegietellingenBijgewerkt (the consent boundary, see DESIGN). */
export function createConsumer(bron: DepsBron<RegieDeps>) {
  return eventConsumer({
    dedupe: structureelIdempotent,
    anoniem: {
      [RegietellingenBijgewerkt.detailType]: (e) =>
        verwerkTellingen(losOp(bron), e as AnoniemEnvelope<typeof RegietellingenBijgewerkt>),
    },
  });
}

export const handler = createConsumer(defaultDeps());
