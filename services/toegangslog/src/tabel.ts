import { PERSOON_INDEX, tabel } from '@wegwijs/lambda-kit';
import { INDEXEN } from './adapters/keys';

/**
 * The access log's own table; no other context reads or writes it. Entries by gemeente (pk) and time (sk); gsi1 by
 * user, gsi2 by inburgeraar, gsi3 by organisation, each within the gemeente and sorted by time. Each entry expires
 * after the deployment's bewaartermijn (TTL `verlooptOp`).
 */
export const toegangslogTabel = tabel('toegangslog', [
  INDEXEN.gebruiker,
  INDEXEN.inburgeraar,
  INDEXEN.organisatie,
  // Empty today (no write here answers with a person): the person repository's rule for every context (app/persoon.ts).
  PERSOON_INDEX,
]);
