import { tabel } from '@wegwijs/lambda-kit';

/** The regie context's own table: counters per gemeente, month, indicator set and shard. No other context reads it. */
export const regieTabel = tabel('regie');
