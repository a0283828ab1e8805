import { createHash } from 'node:crypto';
import type { AnoniemEnvelope, RegietellingenBijgewerkt } from '@wegwijs/contracts';
import { pastInCatalogus } from '@wegwijs/contracts/events/regie-catalogus';
import { niets, OngeldigEvent, schrijf, voerUit } from '@wegwijs/lambda-kit';
import { vakSleutel } from '../adapters/store';
import { pasToe, perVak } from '../domain/tellers';
import type { RegieDeps } from './deps';

/** Into how many items a gemeente's month of one indicator set is spread (by the hash of the event id). */
export const SHARDS = 4;
export const shardVan = (eventId: string) => (createHash('sha256').update(eventId).digest()[0] ?? 0) % SHARDS;

/**
 * Applies the tellingen of one RegietellingenBijgewerkt exactly once, whatever EventBridge does (at least once, any
 * order): per item it touches (indicator set x month, in the event's shard) one run of the kit's write path, which
 * loads the item, applies the deltas unless the item already holds the event's id, and writes counters and id in
 * one conditional write. A crash between two items leaves the others to the redelivery, which skips the done ones.
 * A telling outside the catalogue makes the event invalid (it goes to the dead letters, nothing is applied).
 */
export async function verwerkTellingen(
  deps: RegieDeps,
  envelope: AnoniemEnvelope<typeof RegietellingenBijgewerkt>,
): Promise<void> {
  const { meta, data } = envelope;
  if (!data.tellingen.every(pastInCatalogus)) {
    throw new OngeldigEvent('RegietellingenBijgewerkt with a telling outside the catalogue');
  }
  const shard = shardVan(meta.id);
  for (const groep of perVak(data.tellingen).values()) {
    await voerUit(
      deps,
      deps.store.vakken,
      vakSleutel(meta.gemeente, groep.indicatorset, groep.maand, shard),
      (huidig) => {
        const nieuw = pasToe(huidig?.staat, meta.id, groep.tellingen);
        return nieuw ? schrijf(nieuw, [], undefined) : niets(undefined);
      },
    );
  }
}
