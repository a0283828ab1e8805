import type {
  Categorie,
  Doelgroep,
  GemeenteRol,
  Grondslag,
  Ontvanger,
  VerwerkingsactiviteitId,
} from '@wegwijs/contracts';

/** How a consent was given: by the inburgeraar in the app, or recorded by a begeleider on their behalf. */
export interface Vastlegging {
  wijze: 'app' | 'papier' | 'mondeling-met-tolk' | 'mondeling';
  tolk?: string | undefined;
  /** The token subject of who gave or recorded it. */
  door: string;
  org?: string | undefined;
}

export interface StatusWijziging {
  status: 'actief' | 'ingetrokken';
  tijdstip: string;
  door: string;
  /** Recorded by a begeleider on the inburgeraar's behalf: how. */
  vastgelegd?: Omit<Vastlegging, 'door'> | undefined;
}

/** A consent record (after ISO/IEC TS 27560 and FHIR Consent where they fit). */
export interface Toestemming {
  toestemmingId: string;
  /** The subject. */
  inburgeraarId: string;
  ontvanger: Ontvanger;
  categorieen: Categorie[];
  doel: string;
  geldigVanaf: string;
  geldigTot?: string | undefined;
  expliciet: boolean;
  taal: string;
  tekstversie: string;
  vastgelegd: Vastlegging;
  /** The uitvoeringsorganisatie assigned when the consent was given; a change of organisation ends the consent. */
  uitvoeringsorganisatie: string;
  ingetrokkenOp?: string | undefined;
  /** The withdrawal has its verwerkingenlog entry (a retried withdrawal does not log twice). */
  intrekkingGelogd?: boolean | undefined;
  /** false while the grant's verwerkingenlog entry is still to be written (a retried grant completes it). */
  gegevenGelogd?: boolean | undefined;
  statusHistorie: StatusWijziging[];
}

/** AanmeldingGeregistreerd (no `van`: the start) or UitvoeringsorganisatieGewijzigd (from `van`) at `sinds`. */
export interface Toewijzingsfeit {
  org: string;
  sinds: string;
  van?: string | undefined;
}

/** The broker's own projection of one inburgeraar plus their consents: everything a decision reads, in one item. */
export interface Staat {
  inburgeraarId: string;
  gemeente: string;
  /**
   * The inburgeraar's doelgroep (AanmeldingGeregistreerd): with the gemeente's profile it decides the ground of each
   * categorie (grondslagIn). Absent on a staat stored before it, or while only a change of organisation is known:
   * then no categorie is shared on a wettelijke taak.
   */
  doelgroep?: Doelgroep | undefined;
  uitvoeringsorganisatie: string;
  /** occurredAt of the fact that assigned the organisation (the latest fact wins, in any delivery order). */
  orgSinds: string;
  /**
   * Every assignment fact known, oldest first (the last one is `uitvoeringsorganisatie` since `orgSinds`): a decision
   * checks the sender against the organisation assigned at the event's occurredAt. Absent on a staat stored before.
   */
  toewijzingen?: Toewijzingsfeit[] | undefined;
  /** The afronding date of the traject (TrajectAfgerond from the assigned organisation). */
  afgerondOp?: string | undefined;
  /** Who is assigned now (begeleiding's BegeleidersGewijzigd): a vrijwilliger reads only these. */
  begeleiders?: readonly string[] | undefined;
  begeleidersStand?: number | undefined;
  /** Incremented by every write; a log entry records the version its writer decided on. */
  versie: number;
  toestemmingen: Toestemming[];
}

export type LogActie =
  | 'gedeeld'
  | 'geweigerd'
  | 'ingezien'
  | 'toestemming-gegeven'
  | 'toestemming-ingetrokken'
  | 'verwijderd'
  | 'overgedragen';

/** One entry of the verwerkingenlog: who, what categorie, from whom, to whom, on which ground. Never content. */
export interface LogEntry {
  inburgeraarId: string;
  seq: number;
  id: string;
  tijdstip: string;
  actie: LogActie;
  categorie?: Categorie | undefined;
  /** `ingezien`: the categories one read returned (one entry per read, not per item). */
  categorieen?: Categorie[] | undefined;
  bronId?: string | undefined;
  van?: string | undefined;
  aan?: string | undefined;
  grondslag?: Grondslag | undefined;
  toestemmingId?: string | undefined;
  reden?: string | undefined;
  /**
   * The processing activity of the verwerkingsregister (activiteit.ts). Part of the hash of every entry written since
   * the register exists; an older entry has none stored and is read with the one its action implies.
   */
  verwerkingsactiviteit?: VerwerkingsactiviteitId | undefined;
  /** Decision entries: the decision key (bronId + recipient) and the attempt that wrote it. */
  sleutel?: string | undefined;
  poging?: string | undefined;
  /** The Staat version the writer decided on; monotone along the chain. */
  staatVersie: number;
  vorigeHash: string;
  hash: string;
}

export type Besluitsoort = 'permit' | 'deny';

export interface Besluit {
  besluit: Besluitsoort;
  grondslag?: Grondslag | undefined;
  toestemmingId?: string | undefined;
  reden: string;
}

/**
 * One decision about one piece of information for one recipient, keyed by bronId + recipient: the claim that makes
 * decisions idempotent, and (once logged and released) the entry of the gemeente's view.
 * besloten: decided, log entry pending or written, content not released; gedeeld: content readable;
 * verwijderd: tombstone after a withdrawal (keeps the key, so a late write cannot bring the content back).
 */
export interface Deling {
  inburgeraarId: string;
  sleutel: string;
  bronId: string;
  bronDetailType: string;
  categorie: Categorie;
  van: string;
  aan: Ontvanger;
  besluit: Besluitsoort;
  grondslag?: Grondslag | undefined;
  toestemmingId?: string | undefined;
  reden: string;
  status: 'besloten' | 'gedeeld' | 'verwijderd';
  poging: string;
  /** The log entry this decision is logged with, planned at the slot after the head it was decided on. */
  gepland: LogEntry;
  ontvangenOp: string;
  verwijderingGelogd?: boolean | undefined;
  /** On the gemeente's own decision: every recipient the first delivery decided for (a redelivery adds none). */
  ontvangers?: Ontvanger[] | undefined;
  gegevens?: Record<string, unknown> | undefined;
}

export type { GemeenteRol, Ontvanger };
