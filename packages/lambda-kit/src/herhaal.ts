import { Conflict } from './errors';

/**
 * The one retry policy of Wegwijs for a conditional write that lost to another writer: exponential back-off with full
 * jitter (a random wait between 0 and min(maxMs, basisMs * 2^poging)), a bounded number of attempts.
 */
export interface HerhaalBeleid {
  pogingen: number;
  basisMs: number;
  maxMs: number;
}

export const HERHAAL_BELEID: HerhaalBeleid = { pogingen: 10, basisMs: 8, maxMs: 400 };

/** The wait before attempt `poging + 1` (full jitter). `toeval` is in [0, 1). */
export const wachttijd = (beleid: HerhaalBeleid, poging: number, toeval: number = Math.random()): number =>
  Math.floor(toeval * Math.min(beleid.maxMs, beleid.basisMs * 2 ** poging));

export const slaap = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Contention on one aggregate outlasted every attempt. Nothing was written: the request answers 409 (problem+json)
 * and may be sent again; an event consumer throws it, so the event is delivered again.
 */
export class GelijktijdigGewijzigd extends Conflict {
  constructor() {
    super(
      'Others changed this record at the same moment; nothing was changed. Send the request again.',
      'gelijktijdig-gewijzigd',
    );
  }
}

/** What one attempt answers: a result, or `OPNIEUW` when its conditional write lost and it must decide again. */
export const OPNIEUW: unique symbol = Symbol('opnieuw');

/** Runs `poging` until it returns a result, waiting by the policy between attempts; then throws GelijktijdigGewijzigd. */
export async function metHerhaling<T>(
  poging: (n: number) => Promise<T | typeof OPNIEUW>,
  beleid: HerhaalBeleid = HERHAAL_BELEID,
  wacht: (ms: number) => Promise<void> = slaap,
): Promise<T> {
  for (let n = 0; n < beleid.pogingen; n++) {
    if (n > 0) await wacht(wachttijd(beleid, n - 1));
    const uitkomst = await poging(n);
    if (uitkomst !== OPNIEUW) return uitkomst;
  }
  throw new GelijktijdigGewijzigd();
}
