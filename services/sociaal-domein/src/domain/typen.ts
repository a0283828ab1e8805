import type {
  Actor,
  CasuistiekVervolg,
  Grondslag,
  Signaalsoort,
  TerugwijzingRedencode,
  Urgentie,
  VerwijzingPartner,
  VerwijzingStatus,
} from '@wegwijs/contracts';

/** This context's own projection of an inburgeraar's dossier, built from aanmelding's events. */
export interface Dossier {
  inburgeraarId: string;
  gemeente: string;
  uitvoeringsorganisatie: string;
  /** Who is assigned now (begeleiding's BegeleidersGewijzigd): a vrijwilliger reads only these. */
  begeleiders?: readonly string[];
  begeleidersStand?: number;
}

/** The dossier as this context stores it: the assignment with the version of the event that made it. */
export interface OpgeslagenDossier extends Dossier {
  orgVersie?: string;
}

export type SignaalStatus = 'open' | 'overgedragen';

export interface Signaal {
  signaalId: string;
  inburgeraarId: string;
  datum: string;
  soort: Signaalsoort;
  urgentie: Urgentie;
  toelichting: string;
  status: SignaalStatus;
  geregistreerdOp: string;
  /** The warme overdracht that handed this signaal over. */
  overdrachtId?: string;
}

export interface Verwijzing {
  verwijzingId: string;
  inburgeraarId: string;
  naar: VerwijzingPartner;
  status: VerwijzingStatus;
  /** The day it was sent. */
  datum: string;
  signaalId?: string;
  toelichting: string;
  grondslag: Grondslag;
  toestemmingId?: string;
  reden?: string;
  redenCode?: TerugwijzingRedencode;
  verstuurdDoor: string;
  bijgewerktOp: string;
  /** Set on a verwijzing that a warme overdracht created. */
  uitOverdracht?: string;
  /** Set on a verwijzing whose follow-up a warme overdracht handed to another partner. */
  overgedragenIn?: string;
}

export interface Agendapunt {
  agendapuntId: string;
  gemeente: string;
  inburgeraarId: string;
  datum: string;
  vraag?: string;
  /** The begeleider who put the case forward: the sender in the broker's decision about the vraag. */
  ingebrachtDoor: Actor;
  ingebrachtOp: string;
  /** What the overleg decided (report 3.5.2): codes only. */
  uitkomst?: AgendapuntUitkomst;
}

export interface AgendapuntUitkomst {
  vervolg: CasuistiekVervolg;
  opgeschaaldNaar?: VerwijzingPartner;
  vastgelegdDoor: Actor;
  vastgelegdOp: string;
}

export type OverdrachtItemSoort = 'signaal' | 'verwijzing';

export interface OvergedragenItem {
  soort: OverdrachtItemSoort;
  id: string;
  /** The new verwijzing to the named partner that carries the hand-over. */
  verwijzingId: string;
}

export interface NietOvergedragenItem {
  soort: OverdrachtItemSoort;
  id: string;
  reden: 'toestemming-vereist' | 'beslispunt-onbereikbaar';
}

export interface Overdracht {
  overdrachtId: string;
  inburgeraarId: string;
  naar: VerwijzingPartner;
  datum: string;
  /**
   * `bezig` from the first write, before any item is handed over (the referrals it makes name it in `uitOverdracht`);
   * `vastgelegd` with what was and was not handed over. A crash in between leaves it `bezig`: a new overdracht hands
   * over what is still open.
   */
  status: 'bezig' | 'vastgelegd';
  overgedragen: OvergedragenItem[];
  nietOvergedragen: NietOvergedragenItem[];
  begonnenOp: string;
  vastgelegdOp?: string;
}
