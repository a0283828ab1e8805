import { ketenGeldig } from './keten';
import type { LogEntry } from './typen';

/** The reden of the `verwijderd` entry that ends the verwerkingenlog of a destroyed person (issue 19). */
export const VERNIETIGING = 'vernietiging';

/**
 * Is this chain head the end of a destroyed person's log? Then the staat is gone for good while the log stays under
 * its own bewaartermijn: a read finds no staat (404), it must not wait for a staat that will never come.
 */
export const isVernietigd = (kop: LogEntry | undefined): boolean =>
  kop?.actie === 'verwijderd' && kop.reden === VERNIETIGING;

/** Every string in `waarde` with each occurrence of `van` replaced by `naar` (keys and structure unchanged). */
function vervang(waarde: unknown, van: string, naar: string): unknown {
  if (typeof waarde === 'string') return waarde.split(van).join(naar);
  if (Array.isArray(waarde)) return waarde.map((w) => vervang(w, van, naar));
  if (waarde !== null && typeof waarde === 'object') {
    return Object.fromEntries(Object.entries(waarde).map(([k, v]) => [k, vervang(v, van, naar)]));
  }
  return waarde;
}

/**
 * The retained form of a destroyed person's log entry: every occurrence of their id replaced by the verslag's id
 * (a ULID that no entry held before), its stored `hash` and `vorigeHash` as they were. The retained log names nobody;
 * the vernietigingsverslag (kept by the archief, ids only) is the one link back, for the FG's accountability.
 */
export const zonderPersoon = (entry: LogEntry, inburgeraarId: string, verslagId: string): LogEntry => {
  const { hash, vorigeHash, ...rest } = entry;
  return { ...(vervang(rest, inburgeraarId, verslagId) as Omit<LogEntry, 'hash' | 'vorigeHash'>), vorigeHash, hash };
};

/** The original entry back from its retained form, given the id the verslag names. */
export const metPersoon = (entry: LogEntry, inburgeraarId: string, verslagId: string): LogEntry => {
  const { hash, vorigeHash, ...rest } = entry;
  return { ...(vervang(rest, verslagId, inburgeraarId) as Omit<LogEntry, 'hash' | 'vorigeHash'>), vorigeHash, hash };
};

/**
 * The retained log is verifiable by whoever holds the verslag: put the id back in every entry and the chain (each
 * hash over its original entry, linked by vorigeHash, ending in the `verwijderd` entry) recomputes as it was written.
 */
export const bewaardeKetenGeldig = (entries: readonly LogEntry[], inburgeraarId: string, verslagId: string): boolean =>
  ketenGeldig(entries.map((e) => metPersoon(e, inburgeraarId, verslagId)));
