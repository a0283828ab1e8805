import * as z from 'zod/mini';
import { CHECKLIST_CATEGORIEEN, CHECKLIST_STATUSSEN } from '../codes';
import { defineEvent } from '../envelope';
import { code, datum, id } from '../primitives';

export const RegeldagGepland = defineEvent({
  name: 'RegeldagGepland',
  context: 'regeldag',
  data: () => z.object({ regeldagId: id(), datum: datum() }),
});

/** Checklist status only, never the documents (categorie praktische-zaken). */
export const PraktischeZaakBijgewerkt = defineEvent({
  name: 'PraktischeZaakBijgewerkt',
  context: 'regeldag',
  categorie: 'praktische-zaken',
  data: () =>
    z.object({
      regeldagId: id(),
      item: code(),
      checklistCategorie: z.enum(CHECKLIST_CATEGORIEEN),
      status: z.enum(CHECKLIST_STATUSSEN),
    }),
});

/** Lifecycle signal (no content): every checklist item is geregeld or niet-van-toepassing. */
export const OpstartfaseAfgerond = defineEvent({
  name: 'OpstartfaseAfgerond',
  context: 'regeldag',
  data: () => z.object({ regeldagId: id(), datum: datum() }),
});
