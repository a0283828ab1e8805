import type { SignaleringSoort } from '@wegwijs/contracts';
/** Key builders of the access log's table (the only code that knows its layout). */

export const INDEXEN = {
  gebruiker: { naam: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  inburgeraar: { naam: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  organisatie: { naam: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
} as const;
export type Index = keyof typeof INDEXEN;

/** Entries of a gemeente; `-` for a request whose gemeente is not known (kept, never listed by a gemeente). */
export const logPk = (gemeente: string | undefined) => `log#${gemeente ?? '-'}`;
export const gebruikerPk = (gemeente: string | undefined, sub: string) => `${logPk(gemeente)}#sub#${sub}`;
export const inburgeraarPk = (gemeente: string | undefined, id: string) => `${logPk(gemeente)}#inb#${id}`;
export const organisatiePk = (gemeente: string | undefined, org: string) => `${logPk(gemeente)}#org#${org}`;
/** Time first, then the event id: unique, and sorted by time. */
export const entrySk = (tijdstip: string, id: string) => `${tijdstip}#${id}`;

export const dossierSleutel = (id: string) => ({ pk: `dossier#${id}`, sk: 'dossier' });
/** The dossiers one user opened recently (one item per dossier, its last opening); per kind of signal. */
export const vensterPk = (sub: string, soort: SignaleringSoort = 'veel-dossiers') =>
  soort === 'veel-dossiers' ? `venster#${sub}` : `venster#${soort}#${sub}`;
/** The last signalering of a user of one kind (at most one an hour). */
export const signalerendSleutel = (sub: string, soort: SignaleringSoort = 'veel-dossiers') => ({
  pk: `signalerend#${sub}`,
  sk: soort === 'veel-dossiers' ? 'laatste' : `laatste#${soort}`,
});
export const signaleringPk = (gemeente: string | undefined) => `sig#${gemeente ?? '-'}`;
