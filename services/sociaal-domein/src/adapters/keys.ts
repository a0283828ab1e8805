/** Key builders of the sociaal-domein table, used by every adapter. */
const inb = (inburgeraarId: string) => `inb#${inburgeraarId}`;

export const PREFIX = { signaal: 'signaal#', verwijzing: 'verwijzing#', punt: 'punt#', vraag: 'vraag#' } as const;

export const keys = {
  inburgeraar: inb,
  dossier: (inburgeraarId: string) => ({ pk: inb(inburgeraarId), sk: 'dossier' }),
  signaal: (inburgeraarId: string, signaalId: string) => ({
    pk: inb(inburgeraarId),
    sk: `${PREFIX.signaal}${signaalId}`,
  }),
  verwijzing: (inburgeraarId: string, verwijzingId: string) => ({
    pk: inb(inburgeraarId),
    sk: `${PREFIX.verwijzing}${verwijzingId}`,
  }),
  overdracht: (inburgeraarId: string, overdrachtId: string) => ({
    pk: inb(inburgeraarId),
    sk: `overdracht#${overdrachtId}`,
  }),
  /** A consulent's question; ULIDs sort the questions of one inburgeraar in the order they were asked. */
  vraag: (inburgeraarId: string, vraagId: string) => ({ pk: inb(inburgeraarId), sk: `${PREFIX.vraag}${vraagId}` }),
  overleg: (cbs: string) => `overleg#${cbs}`,
  /** One agenda line per inburgeraar per overleg date: a second one is a duplicate (409). */
  agendapunt: (cbs: string, datum: string, inburgeraarId: string) => ({
    pk: `overleg#${cbs}`,
    sk: `${PREFIX.punt}${datum}#${inburgeraarId}`,
  }),
};
