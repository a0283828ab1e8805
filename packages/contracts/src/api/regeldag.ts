import * as z from 'zod/mini';
import { CHECKLIST_STATUSSEN, type ChecklistCategorie, type ChecklistStatus } from '../codes';
import { datum, tekst } from '../primitives';

export const regeldagBody = z.strictObject({ datum: datum(), locatie: z.optional(tekst(200)) });
export type RegeldagBody = z.infer<typeof regeldagBody>;

export const checklistItemBody = z.strictObject({
  status: z.enum(CHECKLIST_STATUSSEN),
  toelichting: z.optional(tekst(1000)),
});
export type ChecklistItemBody = z.infer<typeof checklistItemBody>;

/** `POST /v1/inburgeraars/{id}/opstartfase/afronding` */
export const opstartfaseAfrondingBody = z.strictObject({ datum: datum() });
export type OpstartfaseAfrondingBody = z.infer<typeof opstartfaseAfrondingBody>;

export interface ChecklistItemResponse {
  item: string;
  categorie: ChecklistCategorie;
  status: ChecklistStatus;
  /** Addition: the item belongs to the gemeente's inhuizingsdag (Rotterdam). */
  inhuizingsdag?: boolean;
  /** Addition: only for the uitvoeringsorganisatie and the inburgeraar, never for gemeente roles. */
  toelichting?: string;
  bijgewerktOp?: string;
}

/** `POST` (201), `GET` and `PATCH` (200) of the regeldag. */
export interface RegeldagResponse {
  regeldagId: string;
  datum: string;
  locatie?: string;
  checklist: ChecklistItemResponse[];
  /** Set once the opstartfase is closed. */
  opstartfaseAfgerondOp?: string;
}
