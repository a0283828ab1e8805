import { type Categorie, type Doelgroep, TOESTEMMING_CATEGORIEEN } from '@wegwijs/contracts';
import { grondslagIn, type Profiel, toestemmingCategorieenIn } from '@wegwijs/profielen';

/** What Mijn Wegwijs tells a person about the ground their information is shared on. */
export interface PersoonlijkeGrond {
  /** Categories shared without consent (on a wettelijke taak): none for a doelgroep outside Wi2021 art. 13. */
  zonderToestemming: Categorie[];
  /** Categories the person may consent to. */
  opToestemming: Categorie[];
  /** Why: the Wi2021's MB duty, a regeling of the gemeente (by title and article), or no law at all. */
  waarom: { soort: 'wet' } | { soort: 'regeling'; regeling: string; artikel: string } | { soort: 'geen' };
}

/**
 * The ground that applies to THIS person: by their doelgroep in their gemeente's profile (the same rule the broker
 * decides by, grondslagIn). Without a profile or doelgroep, nothing is said to be shared without consent.
 */
export function grondVoor(profiel: Profiel | undefined, doelgroep: Doelgroep | undefined): PersoonlijkeGrond {
  if (!profiel || !doelgroep) {
    return { zonderToestemming: [], opToestemming: [...TOESTEMMING_CATEGORIEEN], waarom: { soort: 'geen' } };
  }
  const opToestemming = toestemmingCategorieenIn(profiel, doelgroep);
  const zonder = (['trajectstatus', 'praktische-zaken', 'inburgering', 'consulentvraag'] as const).filter(
    (c) => grondslagIn(profiel, doelgroep, c).grondslag === 'wettelijke-taak',
  );
  const bron = zonder[0] ? grondslagIn(profiel, doelgroep, zonder[0]).bron : undefined;
  const waarom: PersoonlijkeGrond['waarom'] =
    bron?.soort === 'wet'
      ? { soort: 'wet' }
      : bron?.soort === 'regeling'
        ? { soort: 'regeling', regeling: bron.regeling, artikel: bron.artikel }
        : { soort: 'geen' };
  return { zonderToestemming: zonder, opToestemming, waarom };
}
