import type { LogEntry } from './typen';

/** The reden of the `verwijderd` entry that ends the verwerkingenlog of a destroyed person (issue 19). */
export const VERNIETIGING = 'vernietiging';

/**
 * Is this chain head the end of a destroyed person's log? Then the staat is gone for good while the log stays under
 * its own bewaartermijn: a read finds no staat (404), it must not wait for a staat that will never come.
 */
export const isVernietigd = (kop: LogEntry | undefined): boolean =>
  kop?.actie === 'verwijderd' && kop.reden === VERNIETIGING;
