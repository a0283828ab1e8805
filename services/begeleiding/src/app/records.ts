import {
  ContactmomentenVastgelegd,
  ContactmomentVastgelegd,
  EindoverdrachtOpgesteld,
  MeetmomentenVastgelegd,
  MeetmomentVastgelegd,
  VoortgangsrapportageOpgesteld,
} from '@wegwijs/contracts';
import type { Afleiden, UitgaandEvent } from '@wegwijs/lambda-kit';
import type { RecordSoort } from '../adapters/keys';
import type { BegeleidingStore, NieuwRecord } from './poorten';

/** Which event is the record of what, and which of its fields is the record's id. */
const RECORDS: Record<string, { soort: RecordSoort; id: string }> = {
  [MeetmomentVastgelegd.detailType]: { soort: 'meetmoment', id: 'meetmomentId' },
  [ContactmomentVastgelegd.detailType]: { soort: 'contactmoment', id: 'contactmomentId' },
  [VoortgangsrapportageOpgesteld.detailType]: { soort: 'rapportage', id: 'rapportageId' },
  [EindoverdrachtOpgesteld.detailType]: { soort: 'overdracht', id: 'overdrachtId' },
};

/** A migration's batch events (POST .../historie): each item is the data of the single event named here. */
const BATCHES: Record<string, { lijst: string; item: string }> = {
  [ContactmomentenVastgelegd.detailType]: { lijst: 'contactmomenten', item: ContactmomentVastgelegd.detailType },
  [MeetmomentenVastgelegd.detailType]: { lijst: 'meetmomenten', item: MeetmomentVastgelegd.detailType },
};

/** The record an event announces (the organisation's own copy), or none. */
export function recordUit(e: Pick<UitgaandEvent, 'detailType' | 'meta' | 'data'>): NieuwRecord | undefined {
  const soort = RECORDS[e.detailType];
  if (!soort || !('inburgeraarId' in e.meta)) return undefined;
  const { [soort.id]: recordId, ...gegevens } = e.data as Record<string, unknown>;
  if (typeof recordId !== 'string') return undefined;
  return { inburgeraarId: e.meta.inburgeraarId, soort: soort.soort, recordId, gegevens };
}

/** The records an event announces: one, none, or every item of a batch event. */
export function recordsUit(e: UitgaandEvent): NieuwRecord[] {
  const batch = BATCHES[e.detailType];
  if (!batch) {
    const record = recordUit(e);
    return record ? [record] : [];
  }
  const items = (e.data as Record<string, unknown[] | undefined>)[batch.lijst] ?? [];
  return items.flatMap((data) => recordUit({ detailType: batch.item, meta: e.meta, data }) ?? []);
}

/**
 * A record is derived from the event written with the traject in the one write: the write path (and, after a crash,
 * the relay) stores it before publishing, keyed by its id. So a stored traject change always gets its record, and a
 * failed write has neither.
 */
export const recordsAfleiden =
  (store: Pick<BegeleidingStore, 'bewaarRecord'>): Afleiden =>
  async (events) => {
    for (const e of events) for (const record of recordsUit(e)) await store.bewaarRecord(record);
  };
