/** Key names and builders of the begeleiding table, used by every adapter. */

export const trajectPk = (inburgeraarId: string) => `traject#${inburgeraarId}`;
export const TRAJECT_SK = 'traject';

export const RECORD_SOORTEN = ['meetmoment', 'contactmoment', 'rapportage', 'overdracht'] as const;
export type RecordSoort = (typeof RECORD_SOORTEN)[number];
export const recordSk = (soort: RecordSoort, recordId: string) => `${soort}#${recordId}`;

/** gsi1: the trajecten of one uitvoeringsorganisatie in one gemeente (caseload and worklists, no scans). */
export const GSI1 = 'gsi1';
export const organisatieGsi1pk = (org: string, gemeente: string) => `org#${org}#gemeente#${gemeente}`;
export const organisatieGsi1sk = (inburgeraarId: string) => `traject#${inburgeraarId}`;

export interface Sleutel {
  pk: string;
  sk: string;
}
