import type { ChecklistCategorie, ChecklistStatus, Doelgroep } from '@wegwijs/contracts';

/**
 * This context's own projection of an inburgeraar's dossier, built from aanmelding's events (never from its table).
 * Events arrive in any order: until AanmeldingGeregistreerd is applied, doelgroep and koppelingsdatum are unknown.
 */
export interface Dossier {
  inburgeraarId: string;
  gemeente: string;
  doelgroep?: Doelgroep;
  koppelingsdatum?: string;
  uitvoeringsorganisatie?: string;
  /** Version (occurredAt#eventId) of the event that set the uitvoeringsorganisatie. */
  orgVersie?: string;
  /** Who is assigned now (begeleiding's BegeleidersGewijzigd): a vrijwilliger reads only these. */
  begeleiders?: readonly string[];
  begeleidersStand?: number;
}

export interface ChecklistPunt {
  item: string;
  categorie: ChecklistCategorie;
  status: ChecklistStatus;
  /** Part of the gemeente's inhuizingsdag (Rotterdam: arranged by the gemeente's huisvestingsmedewerker). */
  inhuizingsdag?: boolean;
  /** Who arranges and records this item: the gemeente (Rotterdam's IOS, Groningen's eurocoaches) or the organisation. */
  uitvoerder?: 'gemeente' | 'uitvoeringsorganisatie';
  /** Free text of the begeleider: stored here only, never in an event, never logged, never shown to the gemeente. */
  toelichting?: string;
  bijgewerktOp?: string;
}

export interface Regeldag {
  regeldagId: string;
  inburgeraarId: string;
  datum: string;
  locatie?: string;
  checklist: ChecklistPunt[];
  geplandOp: string;
  opstartfaseAfgerondOp?: string;
  /** Optimistic concurrency: every change writes versie + 1 on condition of the version it read. */
  versie: number;
}
