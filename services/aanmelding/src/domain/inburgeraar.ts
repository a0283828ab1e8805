import type { Doelgroep, Fase } from '@wegwijs/contracts';

export interface Persoon {
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  talen: string[];
}

/** The traject as the consent broker shares it (trajectstatus, wettelijke taak): authoritative once present. */
export interface TrajectProjectie {
  /** Absent only while nothing but a verlenging has arrived (events come in any order). */
  fase?: Fase;
  startdatum?: string;
  einddatum?: string;
  /** The latest verlenging the broker shared, with the version of its event. */
  verlenging?: { einddatum: string; versie: string };
  /** Version of the event it came from (occurredAt#eventId); older events are ignored. */
  versie: string;
  /** The version of the share each date came from (dates merge per field, in any order of delivery). */
  datumVersies?: { startdatum?: string; einddatum?: string };
}

/** What the aanmelding context holds of one inburgeraar. Persoon data lives here and nowhere else. */
export interface Inburgeraar {
  inburgeraarId: string;
  gemeente: string;
  doelgroep: Doelgroep;
  uitvoeringsorganisatie: string;
  koppelingsdatum: string;
  woningtoewijzingsdatum?: string;
  brpInschrijvingsdatum?: string;
  persoon: Persoon;
  aangemeldOp: string;
  traject?: TrajectProjectie;
}

/** The two dates a consulent records after the aanmelding. */
export type DatumSoort = 'woningtoewijzingsdatum' | 'brpInschrijvingsdatum';
