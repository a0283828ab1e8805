import type { AfleveringStatus } from '@wegwijs/contracts';

/** How long a notification is retried before it becomes a dead letter (`mislukt`). */
export const OPGEVEN_NA_MS = 24 * 60 * 60 * 1000;
const EERSTE_MS = 60 * 1000;
const HOOGSTE_MS = 6 * 60 * 60 * 1000;

/** The wait after failed attempt `pogingen` (1-based): 1 min, 4 min, 16 min, ... at most 6 hours. */
export const wachttijdMs = (pogingen: number) => Math.min(EERSTE_MS * 4 ** Math.max(0, pogingen - 1), HOOGSTE_MS);

/**
 * After a failed attempt: retried with exponential back-off while the notification is younger than 24 hours,
 * then `mislukt` (the dead letter the subscriber can ask again).
 */
export function naMislukking(
  aangemaaktOp: string,
  pogingen: number,
  nu: Date,
): { status: Extract<AfleveringStatus, 'bezig'>; volgendePoging: string } | { status: 'mislukt' } {
  if (nu.getTime() - Date.parse(aangemaaktOp) >= OPGEVEN_NA_MS) return { status: 'mislukt' };
  return { status: 'bezig', volgendePoging: new Date(nu.getTime() + wachttijdMs(pogingen)).toISOString() };
}
