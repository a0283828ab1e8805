/** The consent broker's vocabulary: categories of voortgangsinformatie and their legal ground (DESIGN.md). */

export const CATEGORIEEN = [
  'trajectstatus',
  'praktische-zaken',
  'contactmomenten',
  'zelfredzaamheid',
  'voortgangsrapportage',
  'eindoverdracht',
  'verwijzing',
  'signalen',
] as const;
export type Categorie = (typeof CATEGORIEEN)[number];

export const GRONDSLAGEN = ['wettelijke-taak', 'wettelijke-plicht', 'toestemming'] as const;
export type Grondslag = (typeof GRONDSLAGEN)[number];

export interface CategorieRegel {
  /** The legal ground the category is shared on by default. */
  readonly grondslag: Grondslag;
  /** Consent for this category must be explicit (AVG art. 9, special categories of personal data). */
  readonly explicietVereist: boolean;
}

export const CATEGORIE_REGELS: Readonly<Record<Categorie, CategorieRegel>> = {
  trajectstatus: { grondslag: 'wettelijke-taak', explicietVereist: false },
  'praktische-zaken': { grondslag: 'wettelijke-taak', explicietVereist: false },
  contactmomenten: { grondslag: 'toestemming', explicietVereist: false },
  zelfredzaamheid: { grondslag: 'toestemming', explicietVereist: false },
  voortgangsrapportage: { grondslag: 'toestemming', explicietVereist: false },
  eindoverdracht: { grondslag: 'toestemming', explicietVereist: false },
  verwijzing: { grondslag: 'toestemming', explicietVereist: false },
  signalen: { grondslag: 'toestemming', explicietVereist: true },
};

/** Categories that can be the subject of a consent (those whose grondslag is toestemming). */
export const TOESTEMMING_CATEGORIEEN = CATEGORIEEN.filter((c) => CATEGORIE_REGELS[c].grondslag === 'toestemming');
