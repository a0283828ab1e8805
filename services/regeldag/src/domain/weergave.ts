import type { RegeldagResponse } from '@wegwijs/contracts';
import type { Regeldag } from './typen';

/**
 * The regeldag as the API answers it. Gemeente roles get the status of each item only (praktische-zaken is shared on
 * the statutory task, its content is not): no toelichting.
 */
export function regeldagWeergave(regeldag: Regeldag, metToelichting: boolean): RegeldagResponse {
  return {
    regeldagId: regeldag.regeldagId,
    datum: regeldag.datum,
    ...(regeldag.locatie ? { locatie: regeldag.locatie } : {}),
    checklist: regeldag.checklist.map(({ toelichting, ...punt }) => ({
      ...punt,
      ...(metToelichting && toelichting !== undefined ? { toelichting } : {}),
    })),
    ...(regeldag.opstartfaseAfgerondOp ? { opstartfaseAfgerondOp: regeldag.opstartfaseAfgerondOp } : {}),
  };
}
