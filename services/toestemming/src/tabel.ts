import { PERSOON_INDEX, tabel } from '@wegwijs/lambda-kit';

/** The toestemming context's own table; no other context reads or writes it. */
export const toestemmingTabel = tabel('toestemming', [PERSOON_INDEX]);
