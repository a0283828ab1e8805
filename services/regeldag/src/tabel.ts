import { PERSOON_INDEX, tabel } from '@wegwijs/lambda-kit';

/** The regeldag context's own table; no other context reads or writes it. */
export const regeldagTabel = tabel('regeldag', [PERSOON_INDEX]);
