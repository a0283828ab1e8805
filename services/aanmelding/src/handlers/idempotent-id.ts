import { createHash } from 'node:crypto';

/**
 * The id of an aanmelding sent with an Idempotency-Key, derived from the caller and the key: when the first attempt
 * failed after its write (the kit then releases the key), the retry finds the same inburgeraar instead of making a
 * second one.
 */
export const afgeleidId = (sub: string, idempotencyKey: string) =>
  createHash('sha256').update(`${sub}\n${idempotencyKey}`).digest('base64url').slice(0, 26);
