import { CATEGORIE_REGELS, CATEGORIEEN, type Categorie, type Doelgroep } from '@wegwijs/contracts';
import { doelgroepVan } from './profielen';
import type { DoelgroepProfiel, GrondslagBepaling, GrondslagBron, Profiel } from './schema';

const WI2021: GrondslagBron = { soort: 'wet', regeling: 'Wet inburgering 2021', artikel: '13' };

/**
 * The ground a categorie is shared on for one doelgroep of a gemeente (API.md, "Privacy across the data's life"). A
 * categorie the Wi2021 shares on a wettelijke taak keeps that ground only for a doelgroep under the MB duty of art. 13;
 * for one outside it, only where the deployment names another ground (with its source) for that categorie; otherwise
 * it needs consent like every other categorie. An unknown doelgroep (a projection that never learnt it) needs consent:
 * the broker never assumes a ground it cannot show.
 * `wettelijke-plicht` is no categorie's default (the Meldcode is the sender's claim on a verwijzing, see beslis.ts).
 */
export function grondslagVoor(categorie: Categorie, doelgroep: DoelgroepProfiel | undefined): GrondslagBepaling {
  const regel = CATEGORIE_REGELS[categorie];
  const opToestemming: GrondslagBepaling = {
    grondslag: 'toestemming',
    bron: { soort: 'toestemming', regeling: 'AVG', artikel: regel.explicietVereist ? '9(2)(a)' : '6(1)(a)' },
  };
  if (regel.grondslag !== 'wettelijke-taak') return opToestemming;
  if (doelgroep?.mbPlichtWi2021) return { grondslag: 'wettelijke-taak', bron: WI2021 };
  const ander = doelgroep?.andereGrondslag;
  if (ander?.categorieen.includes(categorie)) {
    return { grondslag: ander.grondslag, bron: { soort: 'regeling', ...ander.bron } };
  }
  return opToestemming;
}

/** The ground of a categorie for a person of this doelgroep in this gemeente's profile. */
export const grondslagIn = (
  profiel: Profiel | undefined,
  doelgroep: Doelgroep | undefined,
  categorie: Categorie,
): GrondslagBepaling => grondslagVoor(categorie, profiel && doelgroep ? doelgroepVan(profiel, doelgroep) : undefined);

/** The categories a person of this doelgroep may consent to: every categorie not shared on another ground. */
export const toestemmingCategorieenIn = (profiel: Profiel | undefined, doelgroep: Doelgroep | undefined): Categorie[] =>
  CATEGORIEEN.filter((c) => grondslagIn(profiel, doelgroep, c).grondslag === 'toestemming');

/** Every ground of the profile, per doelgroep and categorie (returned with the profile, each with its source). */
export const grondslagenVan = (profiel: Profiel) =>
  profiel.doelgroepen.flatMap((d) =>
    CATEGORIEEN.map((categorie) => ({ doelgroep: d.doelgroep, categorie, ...grondslagVoor(categorie, d) })),
  );
