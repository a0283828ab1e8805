import { tabel } from '@wegwijs/lambda-kit';

/** The aanmelding context's own table; no other context reads or writes it. */
export const aanmeldingTabel = tabel('aanmelding');
