import type { Categorie, Doelgroep, GemeenteRol } from '@wegwijs/contracts';

/** A consent as `GET /v1/inburgeraars/{id}/toestemmingen` shows it (the fields the pages use). */
export interface ToestemmingWeergave {
  toestemmingId: string;
  status: 'actief' | 'ingetrokken' | 'verlopen';
  ontvanger: { gemeente: string; rol?: GemeenteRol | undefined };
  categorieen: Categorie[];
  doel: string;
  geldigVanaf?: string | undefined;
  geldigTot?: string | undefined;
  expliciet?: boolean | undefined;
  taal?: string | undefined;
  tekstversie?: string | undefined;
}

/** One entry of the verwerkingenlog as the API shows it. Never content. */
export interface Verwerking {
  id: string;
  tijdstip: string;
  actie: 'gedeeld' | 'geweigerd' | 'ingezien' | 'toestemming-gegeven' | 'toestemming-ingetrokken' | 'verwijderd';
  categorie?: string | undefined;
  /** An `ingezien` entry covers one read, which may show several categories. */
  categorieen?: string[] | undefined;
  bronId?: string | undefined;
  van?: string | undefined;
  aan?: string | undefined;
  grondslag?: 'wettelijke-taak' | 'wettelijke-plicht' | 'toestemming' | undefined;
  toestemmingId?: string | undefined;
}

/** `GET /v1/inburgeraars/{id}` for the inburgeraar themself. */
export interface Dossier {
  inburgeraarId: string;
  gemeente: string;
  doelgroep?: Doelgroep | undefined;
  status: string;
  uitvoeringsorganisatie: string;
  traject?: { fase: string; startdatum?: string; einddatum?: string } | undefined;
}
