/** Key names and builders of the begeleiding table, used by every adapter. */

export const trajectPk = (inburgeraarId: string) => `traject#${inburgeraarId}`;
export const TRAJECT_SK = 'traject';
/** The key of a traject's item (the aggregate the write path loads and writes). */
export const trajectSleutel = (inburgeraarId: string) => ({ pk: trajectPk(inburgeraarId), sk: TRAJECT_SK });

/** The one item that keeps the count of begeleiders regie was told last (per gemeente of the deployment). */
export const BEGELEIDERS_TELLING = { pk: 'regie#begeleiders', sk: 'telling' };

export const RECORD_SOORTEN = ['meetmoment', 'contactmoment', 'rapportage', 'overdracht'] as const;
export type RecordSoort = (typeof RECORD_SOORTEN)[number];
export const recordSk = (soort: RecordSoort, recordId: string) => `${soort}#${recordId}`;

/** The worklists' partition: one uitvoeringsorganisatie in one gemeente. */
export const organisatiePk = (org: string, gemeente: string) => `org#${org}#gemeente#${gemeente}`;

export interface Sleutel {
  pk: string;
  sk: string;
}

/** The worklists' indexes (sparse): partition organisation and gemeente, sort the day the traject enters the list. */
export const WERKLIJST_INDEXEN = {
  caseload: { naam: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  bellijst: { naam: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  nietGezien: { naam: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  /** Issue 22 item 6: who is due a call after staying away from the spreekuur (Tholen, Roermond: 4.2.2). */
  nabellen: { naam: 'gsi6', partitionKey: 'gsi6pk', sortKey: 'gsi6sk' },
} as const;
export type Werklijst = keyof typeof WERKLIJST_INDEXEN;

/** The planner's index (sparse): partition the gemeente, sort the day the traject's fase changes next. */
export const FASEWISSEL_INDEX = { naam: 'gsi5', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' } as const;
export const faseWisselPk = (gemeente: string) => `fasewissel#gemeente#${gemeente}`;

/** A sort key that starts with `plaats` and stays unique per traject. */
export const indexSk = (plaats: string, inburgeraarId: string) => `${plaats}#${inburgeraarId}`;

/** Issue 22 item 5: the group activities of a gemeente, one partition per gemeente (a list is one Query). */
export const groepsactiviteitenPk = (gemeente: string) => `gemeente#${gemeente}#groepsactiviteiten`;
export const groepsactiviteitSk = (activiteitId: string) => `groepsactiviteit#${activiteitId}`;
export const groepsactiviteitSleutel = (gemeente: string, activiteitId: string) => ({
  pk: groepsactiviteitenPk(gemeente),
  sk: groepsactiviteitSk(activiteitId),
});
