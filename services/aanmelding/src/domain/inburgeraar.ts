import type { Doelgroep, Fase, InburgeringMijlpaal, Leerroute, MbMijlpaal, Wijziging } from '@wegwijs/contracts';

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
  /** Absent for a doelgroep without a COA koppeling (report 4.4). */
  koppelingsdatum?: string;
  woningtoewijzingsdatum?: string;
  brpInschrijvingsdatum?: string;
  persoon: Persoon;
  aangemeldOp: string;
  traject?: TrajectProjectie;
  /** The gemeente's own facts of the inburgering (issue 12), by kind. */
  inburgering?: Partial<Record<InburgeringMijlpaal, InburgeringsFeit>>;
  /** MB-side milestones as the broker shared them (praktische-zaken, wettelijke taak): their dates. */
  mbMijlpalen?: Partial<Record<MbMijlpaal, string>>;
  /** Moves recorded here (issue 23), oldest first: the dossier now belongs to the last one's `naar`. */
  verhuizingen?: Verhuizing[];
  /** The hand-over this dossier came from, when it moved here out of another deployment (issue 23). */
  herkomst?: { verhuizingId: string; van: string; datum: string };
  /** Who is assigned to the traject now (begeleiding's BegeleidersGewijzigd): a vrijwilliger reads only these. */
  begeleiders?: readonly string[];
  begeleidersStand?: number;
}

/** One move: from gemeente `van` to `naar` on `datum`; `elders` when another deployment serves `naar`. */
export interface Verhuizing {
  verhuizingId: string;
  van: string;
  naar: string;
  datum: string;
  elders?: string;
}

/** One fact of the inburgering: dates and the leerroute only, never the content of the intake or the PIP. */
export interface InburgeringsFeit {
  /** The id of the write that recorded it: the bronId the broker decides on. */
  mijlpaalId: string;
  datum: string;
  leerroute?: Leerroute;
  begeleiderUitgenodigd?: boolean;
  begeleiderAanwezig?: boolean;
  /** The uitvoeringsorganisatie the broker shared this fact with (direction gemeente-naar-uitvoering). */
  gedeeldMet?: string;
  /** The organisation the broker shared the invitation to the brede intake with (only under consent). */
  uitnodigingGedeeldMet?: string;
  /** A changed leerroute or PIP: why (a bezwaar, report 3.4.1) and the day of the conversation about it. */
  wijziging?: Wijziging;
  /** The earlier decisions this one changed, oldest first: the history stays (issue 22 item 8). */
  eerder?: InburgeringsFeit[];
}

/** The two dates a consulent records after the aanmelding. */
export type DatumSoort = 'woningtoewijzingsdatum' | 'brpInschrijvingsdatum';
