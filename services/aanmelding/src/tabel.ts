import { PERSOON_INDEX, tabel } from '@wegwijs/lambda-kit';

/** The aanmelding context's own table; no other context reads or writes it. */
export const aanmeldingTabel = tabel('aanmelding', [
  PERSOON_INDEX,
  /** The inburgeraars of one gemeente, in order of koppeling (`GET /v1/inburgeraars?gemeente=`). */
  { naam: 'perGemeente', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
]);
