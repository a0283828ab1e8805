import { tabel } from '@wegwijs/lambda-kit';

/** The begeleiding context's own table; no other context reads or writes it. */
export const begeleidingTabel = tabel('begeleiding');
