import { createHash } from 'node:crypto';
import type { LogEntry } from './typen';

export const GENESIS = '0'.repeat(64);

/** Canonical JSON: keys sorted at every level, undefined left out. */
export function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  if (waarde !== null && typeof waarde === 'object') {
    const velden = Object.entries(waarde as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${velden.map(([k, v]) => `${JSON.stringify(k)}:${canoniek(v)}`).join(',')}}`;
  }
  return JSON.stringify(waarde);
}

/** sha256 over the canonical entry without its own hash; the entry includes vorigeHash, which links the chain. */
export function hashVan(entry: Omit<LogEntry, 'hash'>): string {
  const { hash: _weg, ...rest } = entry as LogEntry;
  return createHash('sha256').update(canoniek(rest)).digest('hex');
}

export const verzegel = (entry: Omit<LogEntry, 'hash'>): LogEntry => ({ ...entry, hash: hashVan(entry) });

/**
 * Recomputes the chain of one inburgeraar: sequence numbers 1..n without gaps, each vorigeHash the hash of the entry
 * before, each hash the hash of its entry. Any change or removal of an entry before the head breaks it.
 */
export function ketenGeldig(entries: readonly LogEntry[]): boolean {
  const geordend = [...entries].sort((a, b) => a.seq - b.seq);
  let vorige = GENESIS;
  for (const [i, entry] of geordend.entries()) {
    if (entry.seq !== i + 1 || entry.vorigeHash !== vorige || entry.hash !== hashVan(entry)) return false;
    vorige = entry.hash;
  }
  return true;
}
