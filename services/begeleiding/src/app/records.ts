import {
  ContactmomentVastgelegd,
  EindoverdrachtOpgesteld,
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

/** The record an event announces (the organisation's own copy), or none. */
export function recordUit(e: UitgaandEvent): NieuwRecord | undefined {
  const soort = RECORDS[e.detailType];
  if (!soort || !('inburgeraarId' in e.meta)) return undefined;
  const { [soort.id]: recordId, ...gegevens } = e.data as Record<string, unknown>;
  if (typeof recordId !== 'string') return undefined;
  return { inburgeraarId: e.meta.inburgeraarId, soort: soort.soort, recordId, gegevens };
}

/**
 * A record is derived from the event written with the traject in the one write: the write path (and, after a crash,
 * the relay) stores it before publishing, keyed by its id. So a stored traject change always gets its record, and a
 * failed write has neither.
 */
export const recordsAfleiden =
  (store: Pick<BegeleidingStore, 'bewaarRecord'>): Afleiden =>
  async (events) => {
    for (const e of events) {
      const record = recordUit(e);
      if (record) await store.bewaarRecord(record);
    }
  };
