import { CATEGORIEEN, type Categorie } from './categorieen';

/**
 * The ids of the processing activities of Wegwijs (AVG art. 30; the `processing_activity_id` of Logius' Logboek
 * Dataverwerkingen, VNG Verwerkingenlogging's `verwerkingsactiviteit`). Stable strings: a verwerkingenlog entry names
 * one, `GET /v1/verwerkingsactiviteiten` describes each per deployment (packages/profielen, register.ts).
 * Sharing has one activity per categorie (`delen-<categorie>`); the categorie fixes its direction (CATEGORIE_REGELS).
 */
export const DELEN_ACTIVITEITEN = CATEGORIEEN.map((c) => `delen-${c}` as const);
export type DelenActiviteit = `delen-${Categorie}`;

export const VERWERKINGSACTIVITEITEN = [
  'aanmelding',
  'wi-mb-uitvoering',
  'sociaal-domein-signalen',
  'verwijzing',
  'wisseling-uitvoeringsorganisatie',
  'verhuizing',
  ...DELEN_ACTIVITEITEN,
  'inzage-gemeente',
  'toestemmingenbeheer',
  'verwerkingenlog',
  'toegangslogging',
  'regietellingen',
  'notificaties',
  'inzage-betrokkene',
  'vernietiging',
] as const;
export type VerwerkingsactiviteitId = (typeof VERWERKINGSACTIVITEITEN)[number];

export const delenActiviteit = (categorie: Categorie): DelenActiviteit => `delen-${categorie}`;

/**
 * The kinds of record that have a bewaartermijn (the deployment's `bewaartermijnen` per kind, packages/profielen):
 * the records of a person, the logs about them, and the verslag of their destruction.
 */
export const RECORDSOORTEN = [
  'dossier',
  'traject',
  'plan',
  'contactmoment',
  'meetmoment',
  'rapportage',
  'signaal',
  'verwijzing',
  'toestemming',
  'verwerkingenlog',
  'toegangslog',
  'vernietigingsverslag',
] as const;
export type Recordsoort = (typeof RECORDSOORTEN)[number];

/**
 * What a register entry's bewaartermijn refers to (docs/PRIVACY.md): a record kind, or a kind that holds no person and
 * so has no term (the regie counts, a partner's subscription).
 */
export const BEWAARTERMIJN_SOORTEN = [...RECORDSOORTEN, 'regietelling', 'abonnement'] as const;
export type BewaartermijnSoort = (typeof BEWAARTERMIJN_SOORTEN)[number];
