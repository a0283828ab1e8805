import { feit, type Telling } from '@wegwijs/contracts/tellingen-verschil';
import type { Verwijzing } from './typen';

/**
 * What one write of a verwijzing adds to regie's tellingen (pure; the partner and the status are code-list values, the
 * toelichting and every id stay here): a new verwijzing is verwijzingen/verstuurd per partner in the month it was
 * sent; each step of its lifecycle is verwijzingen/uitkomst per partner and uitkomst (geaccepteerd, teruggewezen,
 * afgerond) in the month of the step. Both are flows: a verwijzing sent back and then closed counts once as
 * teruggewezen and once as afgerond, so the share sent back stays right. A write that does not change the status (a
 * replay, a warme overdracht marking it handed over) adds nothing.
 */
export function regietellingen(voor: Verwijzing | undefined, na: Verwijzing | undefined): Telling[] {
  if (!na) return [];
  if (!voor) {
    return [
      feit('verwijzingen', 'verstuurd', na.datum, { partner: na.naar }),
      ...(na.status === 'verstuurd' ? [] : [uitkomst(na)]),
    ];
  }
  return voor.status === na.status ? [] : [uitkomst(na)];
}

const uitkomst = (v: Verwijzing) =>
  feit('verwijzingen', 'uitkomst', v.bijgewerktOp, { partner: v.naar, uitkomst: v.status });
