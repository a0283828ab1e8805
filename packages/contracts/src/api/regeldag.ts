import * as z from 'zod/mini';
import { CHECKLIST_STATUSSEN } from '../codes';
import { datum, tekst } from '../primitives';

export const regeldagBody = z.strictObject({ datum: datum(), locatie: z.optional(tekst(200)) });
export type RegeldagBody = z.infer<typeof regeldagBody>;

export const checklistItemBody = z.strictObject({
  status: z.enum(CHECKLIST_STATUSSEN),
  toelichting: z.optional(tekst(1000)),
});
export type ChecklistItemBody = z.infer<typeof checklistItemBody>;
