/** Key builders of the regeldag table, used by every adapter. */

const inb = (inburgeraarId: string) => `inb#${inburgeraarId}`;

export const keys = {
  /** This context's projection of the dossier (from aanmelding's events). */
  dossier: (inburgeraarId: string) => ({ pk: inb(inburgeraarId), sk: 'dossier' }),
  /** One regeldag per inburgeraar, with its checklist in the same item. */
  regeldag: (inburgeraarId: string) => ({ pk: inb(inburgeraarId), sk: 'regeldag' }),
};

/** Attributes that are storage detail, not part of the record. */
export const OPSLAG_ATTRIBUTEN = new Set(['pk', 'sk']);
