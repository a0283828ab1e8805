import type { Verslagreden } from '@wegwijs/contracts';
import type { Bewaartermijnen } from '@wegwijs/profielen';
import type { Aanvraag, Persoon } from './persoon';
import { vernietigenVanaf } from './termijn';

/** A refusal of the pure rules; the use case turns it into a problem answer. */
export class Weigering extends Error {
  override name = 'Weigering';
  constructor(
    readonly soort: 'niet-op-lijst' | 'uitstel-in-verleden',
    detail: string,
  ) {
    super(detail);
  }
}

/** A new person from their aanmelding. */
export const aangemeld = (inburgeraarId: string, gemeente: string, dag: string): Persoon => ({
  inburgeraarId,
  gemeente,
  aangemeldOp: dag,
  status: 'bewaard',
});

/**
 * The traject ended (again: a later end replaces an earlier one). A person on the list or postponed goes back to
 * `bewaard` when the new end makes them not due yet; one being destroyed is left alone.
 */
export function beeindigd(p: Persoon, einddatum: string, gestart: boolean): Persoon {
  if (p.status === 'wordt-vernietigd') return p;
  if (p.einddatum === einddatum && p.gestart === gestart) return p;
  const { uitstel: _u, ...rest } = p;
  return { ...rest, einddatum, gestart, status: 'bewaard' };
}

/** The day this person is due for the list: the bewaartermijn, or the end of a postponement. */
export function dueDag(p: Persoon, termijnen: Bewaartermijnen): string | undefined {
  if (p.status === 'uitgesteld') return p.uitstel?.tot;
  if (p.status === 'bewaard') return vernietigenVanaf(p, termijnen)?.datum;
  return undefined;
}

/** The daily job: a person whose day has come goes on the vernietigingslijst; otherwise unchanged (undefined). */
export function opLijst(p: Persoon, termijnen: Bewaartermijnen, vandaag: string): Persoon | undefined {
  const dag = dueDag(p, termijnen);
  if (dag === undefined || dag > vandaag) return undefined;
  const { uitstel: _u, ...rest } = p;
  return { ...rest, status: 'op-lijst' };
}

/** The informatiebeheerder postpones an entry until `tot` (a later day), with a reason (a pending bezwaar ...). */
export function uitgesteld(p: Persoon, tot: string, reden: string, vandaag: string): Persoon {
  if (p.status !== 'op-lijst' && p.status !== 'uitgesteld') {
    throw new Weigering('niet-op-lijst', 'This person is not on the vernietigingslijst.');
  }
  if (tot <= vandaag) throw new Weigering('uitstel-in-verleden', '`tot` must be a day after today.');
  return { ...p, status: 'uitgesteld', uitstel: { tot, reden } };
}

/** Approval of an entry on the list: its destruction starts with this aanvraag (the verslag's id and facts). */
export function goedgekeurd(p: Persoon, aanvraag: Aanvraag): Persoon {
  if (p.status === 'wordt-vernietigd') return p;
  if (p.status !== 'op-lijst') throw new Weigering('niet-op-lijst', 'This person is not on the vernietigingslijst.');
  return { ...p, status: 'wordt-vernietigd', aanvraag };
}

/** Erasure on error: at once, whatever the bewaartermijn (an aanmelding that should never have been). */
export function teVerwijderen(p: Persoon, aanvraag: Aanvraag & { reden: Verslagreden }): Persoon {
  if (p.status === 'wordt-vernietigd') return p;
  const { uitstel: _u, ...rest } = p;
  return { ...rest, status: 'wordt-vernietigd', aanvraag };
}
