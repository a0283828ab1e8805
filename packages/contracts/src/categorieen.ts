/**
 * The consent broker's vocabulary: categories of information, their legal ground and the direction they travel
 * (DESIGN.md; the decision about the inburgering is in docs/API-EXTENSIONS.md, "The link to the inburgering").
 *
 * Two directions cross the broker:
 * - `uitvoering-naar-gemeente` (the original one): voortgangsinformatie of the uitvoeringsorganisatie that the gemeente
 *   may see. Sender: the assigned uitvoeringsorganisatie; recipient: the inburgeraar's gemeente (or one role of it).
 * - `gemeente-naar-uitvoering` (issue 12): the gemeente's own facts about the inburgering that the assigned
 *   uitvoeringsorganisatie may see. Sender: the gemeente of the inburgeraar (`org` = `gemeente-<cbs>`); recipient: the
 *   uitvoeringsorganisatie assigned at the moment of the decision. A consent for such a category names the gemeente
 *   whose information it is (`ontvanger.gemeente`, never a rol) and binds the organisation assigned when it was given.
 *
 * What the uitvoeringsorganisatie sees of the inburgering (Wi2021; report 3.4 and 6.1):
 * - `inburgering`: the DATES of the brede intake, of the PIP vastgesteld and of the first language lesson, and the
 *   leerroute. Wettelijke taak: the gemeente provides MB and the inburgering as one traject (Wi2021 art. 13-16) and
 *   must let the begeleider plan around them (attend the brede intake, support the lessons); the leerroute decides
 *   what support the inburgeraar needs (B1, onderwijs, Z-route). No content of the intake or the PIP.
 * - `brede-intake`: the begeleider ATTENDS the brede intake (and so hears its content): the norm in Woerden (with the
 *   inburgeraar's consent), in Groningen "alleen als de inburgeraar dat zelf wenst" (report 3.4.1); here always only
 *   with the inburgeraar's consent. The gemeente asks the broker before recording attendance.
 * - The PIP's content is the gemeente's only: no category carries it, no event contains it.
 * - `consulentvraag`: a question of the inburgeringsconsulent to the begeleider about one inburgeraar (report 6.3):
 *   wettelijke taak (the gemeente's regie over MB, Wi2021 art. 13), logged like every share.
 *
 * What the gemeente sees of MB-side milestones: the regeldag date and the end of the opstartfase as
 * `praktische-zaken` (wettelijke taak, like the checklist status), the phases as `trajectstatus`; an answer of the
 * begeleider to a consulent's question as `vraag-antwoord`, only with the inburgeraar's consent (without it the
 * gemeente sees that an answer exists, never its content).
 */

export const CATEGORIEEN = [
  'trajectstatus',
  'praktische-zaken',
  'contactmomenten',
  'zelfredzaamheid',
  'voortgangsrapportage',
  'eindoverdracht',
  'verwijzing',
  'signalen',
  'vraag-antwoord',
  'inburgering',
  'brede-intake',
  'consulentvraag',
] as const;
export type Categorie = (typeof CATEGORIEEN)[number];

export const GRONDSLAGEN = ['wettelijke-taak', 'wettelijke-plicht', 'toestemming'] as const;
export type Grondslag = (typeof GRONDSLAGEN)[number];

export const RICHTINGEN = ['uitvoering-naar-gemeente', 'gemeente-naar-uitvoering'] as const;
export type Richting = (typeof RICHTINGEN)[number];

export interface CategorieRegel {
  /** The legal ground the category is shared on by default. */
  readonly grondslag: Grondslag;
  /** Consent for this category must be explicit (AVG art. 9, special categories of personal data). */
  readonly explicietVereist: boolean;
  /** Who sends information of this category to whom. */
  readonly richting: Richting;
}

const naarGemeente = (grondslag: Grondslag, explicietVereist = false): CategorieRegel => ({
  grondslag,
  explicietVereist,
  richting: 'uitvoering-naar-gemeente',
});
const naarUitvoering = (grondslag: Grondslag): CategorieRegel => ({
  grondslag,
  explicietVereist: false,
  richting: 'gemeente-naar-uitvoering',
});

export const CATEGORIE_REGELS: Readonly<Record<Categorie, CategorieRegel>> = {
  trajectstatus: naarGemeente('wettelijke-taak'),
  'praktische-zaken': naarGemeente('wettelijke-taak'),
  contactmomenten: naarGemeente('toestemming'),
  zelfredzaamheid: naarGemeente('toestemming'),
  voortgangsrapportage: naarGemeente('toestemming'),
  eindoverdracht: naarGemeente('toestemming'),
  verwijzing: naarGemeente('toestemming'),
  signalen: naarGemeente('toestemming', true),
  'vraag-antwoord': naarGemeente('toestemming'),
  inburgering: naarUitvoering('wettelijke-taak'),
  'brede-intake': naarUitvoering('toestemming'),
  consulentvraag: naarUitvoering('wettelijke-taak'),
};

/** Categories that can be the subject of a consent (those whose grondslag is toestemming). */
export const TOESTEMMING_CATEGORIEEN = CATEGORIEEN.filter((c) => CATEGORIE_REGELS[c].grondslag === 'toestemming');

/** The categories that travel from the gemeente to the uitvoeringsorganisatie. */
export const NAAR_UITVOERING_CATEGORIEEN = CATEGORIEEN.filter(
  (c) => CATEGORIE_REGELS[c].richting === 'gemeente-naar-uitvoering',
);
