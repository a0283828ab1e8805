import { createHash } from 'node:crypto';

/**
 * The archief's keys. A person's item is keyed by a one-way hash of their id, so that the tombstone left after the
 * destruction (which refuses late events) holds no trace of the id; the verslag keeps the id, as API.md shows it.
 */
export const persoonHash = (inburgeraarId: string) =>
  createHash('sha256').update(`wegwijs-archief:${inburgeraarId}`).digest('base64url');

export const persoonSleutel = (inburgeraarId: string) => ({ pk: `PERSOON#${persoonHash(inburgeraarId)}`, sk: 'STAAT' });
export const verslagSleutel = (verslagId: string) => ({ pk: `VERSLAG#${verslagId}`, sk: 'VERSLAG' });

/** gsi1: people whose bewaartermijn (or postponement) passes on the sort key's day, per gemeente (sparse). */
export const TERMIJN_INDEX = { naam: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;
/** gsi2: the vernietigingslijst per gemeente, by the day each became due (sparse). */
export const LIJST_INDEX = { naam: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' } as const;
/** gsi3: the vernietigingsverslagen per gemeente, by the day they were asked for. */
export const VERSLAGEN_INDEX = { naam: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' } as const;
/** gsi4: work to resume or to do on a day: destructions under way, and retained logs whose term passes (sparse). */
export const OPEN_INDEX = { naam: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' } as const;

export const termijnPartitie = (gemeente: string) => `termijn#${gemeente}`;
export const lijstPartitie = (gemeente: string) => `lijst#${gemeente}`;
export const verslagenPartitie = (gemeente: string) => `verslagen#${gemeente}`;
export const OPEN_PARTITIE = 'open';
