import { type Bewaartermijn, type Bewaartermijnen, GEGEVENS_SOORTEN, type Recordsoort } from '@wegwijs/profielen';
import type { Persoon } from './persoon';

/** Adds a term to a day (calendar months, clamped to the month's last day: 29 Feb + 1 year = 28 Feb). */
export function plusTermijn(datum: string, termijn: Pick<Bewaartermijn, 'jaren' | 'maanden'>): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const maanden = (termijn.jaren ?? 0) * 12 + (termijn.maanden ?? 0);
  const doel = new Date(Date.UTC(j, m - 1 + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(d, laatste));
  return doel.toISOString().slice(0, 10);
}

/** The day a term counts from for this person: the end of the traject, or the aanmelding if it never started. */
function vanafDag(p: Persoon, termijn: Bewaartermijn): string | undefined {
  if (p.einddatum === undefined) return undefined;
  if (p.gestart === false || termijn.vanaf === 'aanmelding') return p.aangemeldOp;
  return p.einddatum;
}

export interface Vervaldag {
  /** The first day the person's records may be destroyed. */
  datum: string;
  /** The record kind whose term decides it (the longest), with its source. */
  soort: Recordsoort;
  bron: Bewaartermijn['bron'];
}

/** The day a term of `soort` passes for this person; undefined while the traject has not ended. */
export function vervaldagVan(p: Persoon, termijnen: Bewaartermijnen, soort: Recordsoort): string | undefined {
  const termijn = termijnen[soort];
  if (termijn.blijvend) return undefined;
  const vanaf = vanafDag(p, termijn);
  return vanaf === undefined ? undefined : plusTermijn(vanaf, termijn);
}

/**
 * When a person's records may be destroyed: the latest day any of their record kinds' terms passes (their records are
 * destroyed together, in every context), or undefined while the traject has not ended (an active traject is never due).
 */
export function vernietigenVanaf(p: Persoon, termijnen: Bewaartermijnen): Vervaldag | undefined {
  let laatste: Vervaldag | undefined;
  for (const soort of GEGEVENS_SOORTEN) {
    const datum = vervaldagVan(p, termijnen, soort);
    if (datum !== undefined && (laatste === undefined || datum > laatste.datum)) {
      laatste = { datum, soort, bron: termijnen[soort].bron };
    }
  }
  return laatste;
}

/** When the verwerkingenlog of a destroyed person goes too (its own, longer term; fase `logboek`). */
export function logboekVanaf(p: Persoon, termijnen: Bewaartermijnen, vandaag: string): string {
  const termijn = termijnen.verwerkingenlog;
  const vanaf = p.einddatum === undefined ? p.aangemeldOp : p.gestart === false ? p.aangemeldOp : p.einddatum;
  if (termijn.blijvend) return '9999-12-31';
  const dag = plusTermijn(vanaf, termijn);
  return dag < vandaag ? vandaag : dag;
}
