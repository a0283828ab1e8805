import { tabel } from '@wegwijs/lambda-kit';

/**
 * The portaal's own table: sign-in attempts and sessions (a hashed session id -> the inburgeraar's tokens), each with
 * a TTL. No personal data: the tokens carry only the pseudonymous inburgeraarId, and they expire.
 */
export const portaalTabel = tabel('portaal');
