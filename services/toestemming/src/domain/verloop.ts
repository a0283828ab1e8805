import type { VERLOOP_REDENEN } from '@wegwijs/contracts';
import type { Staat, Toestemming } from './typen';

export type VerloopReden = (typeof VERLOOP_REDENEN)[number];

/** A consent that a change of the staat ended without a withdrawal: why, and the first day it is no longer active. */
export interface Verloop {
  toestemming: Toestemming;
  reden: VerloopReden;
  verlopenOp: string;
}

const dagNa = (datum: string) => new Date(Date.parse(`${datum}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The consents that the change from `voor` to `na` ends (issue 23: a subscriber is notified of a consent that
 * `verlopen`): still standing before (not withdrawn, its `geldigTot` not passed on `vandaag`), and now bound to an
 * organisation that is no longer assigned (from `vandaag`) or to a traject afgerond (from the day after the
 * afronding). Each consent once: the change that ends it is the one that moves the staat past it.
 */
export function verlopenDoor(voor: Staat | undefined, na: Staat, vandaag: string): Verloop[] {
  if (!voor) return [];
  const uit: Verloop[] = [];
  for (const t of na.toestemmingen) {
    if (t.ingetrokkenOp !== undefined || (t.geldigTot !== undefined && t.geldigTot < vandaag)) continue;
    const wasGebonden = t.uitvoeringsorganisatie === voor.uitvoeringsorganisatie;
    const wasOpen = voor.afgerondOp === undefined || voor.afgerondOp >= vandaag;
    if (!wasGebonden || !wasOpen) continue;
    if (t.uitvoeringsorganisatie !== na.uitvoeringsorganisatie) {
      uit.push({ toestemming: t, reden: 'organisatie-gewijzigd', verlopenOp: vandaag });
    } else if (na.afgerondOp !== undefined && na.afgerondOp !== voor.afgerondOp) {
      const verlopenOp = dagNa(na.afgerondOp);
      if (t.geldigTot === undefined || t.geldigTot >= verlopenOp) {
        uit.push({ toestemming: t, reden: 'traject-afgerond', verlopenOp });
      }
    }
  }
  return uit;
}
