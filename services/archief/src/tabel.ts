import { tabel } from '@wegwijs/lambda-kit';
import { LIJST_INDEX, OPEN_INDEX, TERMIJN_INDEX, VERSLAGEN_INDEX } from './adapters/keys';

/**
 * The archief's own table (issue 19): per person the dates their bewaartermijnen count from, and the
 * vernietigingsverslagen. All indexes are sparse and kept by the one write that changes the item; no request scans.
 */
export const archiefTabel = tabel('archief', [TERMIJN_INDEX, LIJST_INDEX, VERSLAGEN_INDEX, OPEN_INDEX]);
