import * as z from 'zod/mini';
import { CHECKLIST_CATEGORIEEN, CHECKLIST_STATUSSEN } from '../codes';
import { datum, tijdstip } from '../primitives';
import { beschrijft } from './lijst-responses';
import type { RegeldagResponse } from './regeldag';

/** The regeldag: `POST` (201), `GET`, `PATCH` of a checklist item and the afronding of the opstartfase (200). */
export const regeldagResponse = beschrijft<RegeldagResponse>()(
  z.object({
    regeldagId: z.string(),
    datum: datum(),
    locatie: z.optional(z.string()),
    checklist: z.array(
      z.object({
        item: z.string(),
        categorie: z.enum(CHECKLIST_CATEGORIEEN),
        status: z.enum(CHECKLIST_STATUSSEN),
        inhuizingsdag: z.optional(z.boolean()),
        /** Who arranges and records the item where the profile names it (the gemeente, or the organisation). */
        uitvoerder: z.optional(z.enum(['gemeente', 'uitvoeringsorganisatie'])),
        toelichting: z.optional(z.string()),
        bijgewerktOp: z.optional(tijdstip()),
      }),
    ),
    opstartfaseAfgerondOp: z.optional(datum()),
  }),
);
