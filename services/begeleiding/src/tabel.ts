import { tabel } from '@wegwijs/lambda-kit';

/**
 * The begeleiding context's own table; no other context reads or writes it. gsi1 lists the trajecten of one
 * uitvoeringsorganisatie in one gemeente (caseload, bellijst, niet-gezien) without a scan.
 */
export const begeleidingTabel = tabel('begeleiding', [{ naam: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }]);
