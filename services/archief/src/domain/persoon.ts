import type { Verslagreden } from '@wegwijs/contracts';

/** Where a person stands in the archief: kept, due (on the vernietigingslijst), postponed, being destroyed, destroyed. */
export type Status = 'bewaard' | 'op-lijst' | 'uitgesteld' | 'wordt-vernietigd';

/** The request to destroy a person: the verslag it writes, why, by whose approval, when. */
export interface Aanvraag {
  verslagId: string;
  reden: Verslagreden;
  goedgekeurdDoor?: string;
  aangevraagdOp: string;
}

/**
 * What the archief knows of one person while their records exist: dates only (no name, no birth date). Destroyed,
 * the item keeps nothing but `{ vernietigd: verslagId }` under a one-way hash of the id (see keys.ts): late events
 * find it and create nothing.
 */
export interface Persoon {
  inburgeraarId: string;
  gemeente: string;
  /** The day of the aanmelding (YYYY-MM-DD). */
  aangemeldOp: string;
  /** The day the traject ended, once it did. */
  einddatum?: string;
  /** False when it ended before it started: its terms then count from the aanmelding. */
  gestart?: boolean;
  status: Status;
  uitstel?: { tot: string; reden: string };
  aanvraag?: Aanvraag;
}

export interface Vernietigd {
  vernietigd: string;
}

export type PersoonStaat = Persoon | Vernietigd;

export const isVernietigd = (s: PersoonStaat | undefined): s is Vernietigd =>
  s !== undefined && 'vernietigd' in s && typeof s.vernietigd === 'string';
