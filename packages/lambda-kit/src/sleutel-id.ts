import { createHash } from 'node:crypto';

/**
 * The id of a new record sent with an Idempotency-Key, derived from the caller and the key: when the first attempt
 * failed after its write (the kit then releases the key), the retry finds the record it stored instead of making a
 * second one.
 */
export const idVanSleutel = (sub: string, idempotencyKey: string) =>
  createHash('sha256').update(`${sub}\n${idempotencyKey}`).digest('base64url').slice(0, 26);
