import type { Schemas } from '@wegwijs/api-client';

/**
 * The API's answers as the pages read them: the generated client's types (`@wegwijs/api-client`, from the OpenAPI
 * document of the contracts), narrowed to the fields the pages use, so a test double needs only those.
 */
type InburgeraarApi = Schemas['Inburgeraar'];
type ToestemmingApi = Schemas['Toestemming'];

/** A consent as `GET /v1/inburgeraars/{id}/toestemmingen` shows it (the fields the pages use). */
export type ToestemmingWeergave = Pick<
  ToestemmingApi,
  'toestemmingId' | 'status' | 'ontvanger' | 'categorieen' | 'doel'
> &
  Partial<Pick<ToestemmingApi, 'geldigVanaf' | 'geldigTot' | 'expliciet' | 'taal' | 'tekstversie'>>;

/** One entry of the verwerkingenlog as the API shows it (never content). */
export type Verwerking = Pick<Schemas['Verwerkingen']['items'][number], 'id' | 'tijdstip' | 'actie'> &
  Partial<
    Pick<
      Schemas['Verwerkingen']['items'][number],
      'categorie' | 'categorieen' | 'bronId' | 'van' | 'aan' | 'grondslag' | 'toestemmingId'
    >
  >;

/** `GET /v1/inburgeraars/{id}` for the inburgeraar themself. */
export type Dossier = Pick<InburgeraarApi, 'inburgeraarId' | 'gemeente' | 'status' | 'uitvoeringsorganisatie'> & {
  doelgroep?: InburgeraarApi['doelgroep'] | undefined;
  traject?: Pick<NonNullable<InburgeraarApi['traject']>, 'fase'> | undefined;
};
