import {
  CATEGORIE_REGELS,
  type Categorie,
  DOELEN,
  GEMEENTE_ROLLEN,
  type GemeenteRol,
  TOESTEMMING_CATEGORIEEN,
  type ToestemmingBody,
} from '@wegwijs/contracts';
import type { ToestemmingWeergave } from './typen';

/**
 * The roles of the gemeente a consent on the page can be narrowed to: the consulenten who work with the inburgeraar
 * (not policy staff or the data protection officer, who have no use for one person's voortgang).
 */
export const ONTVANGER_ROLLEN: readonly GemeenteRol[] = GEMEENTE_ROLLEN.filter((r) => r.endsWith('consulent'));

/** Per consent-based categorie: the active consents that cover it (a consent with several categories shows under each). */
export function perCategorie(
  toestemmingen: readonly ToestemmingWeergave[],
  categorieen: readonly Categorie[] = TOESTEMMING_CATEGORIEEN,
) {
  const actief = toestemmingen.filter((t) => t.status === 'actief');
  return categorieen.map((categorie) => ({
    categorie,
    explicietVereist: CATEGORIE_REGELS[categorie].explicietVereist,
    toestemmingen: actief.filter((t) => t.categorieen.includes(categorie)),
  }));
}

export type Formulierfout = 'keuze' | 'expliciet' | 'datum' | 'formulier';

export interface GeefVelden {
  categorie?: string | undefined;
  ontvanger?: string | undefined;
  doel?: string | undefined;
  geldigTot?: string | undefined;
  expliciet?: string | undefined;
  taal?: string | undefined;
  tekstversie?: string | undefined;
}

/**
 * The grant form, checked before anything is sent: one categorie, a recipient (the inburgeraar's gemeente, or one
 * role of it: `gemeente` or `rol:<rol>`), a doel, an optional end date after today, explicit consent for signalen,
 * and the language and version of the consent text that was shown (it must be the current one of that language).
 */
export function leesGeefFormulier(
  velden: GeefVelden,
  context: {
    gemeente: string;
    vandaag: string;
    tekstversies: Readonly<Record<string, string>>;
    /** The categories this person may consent to (grondVoor); by default those every doelgroep may. */
    categorieen?: readonly Categorie[];
  },
): ToestemmingBody | Formulierfout {
  const { taal, tekstversie } = velden;
  if (!taal || !tekstversie || context.tekstversies[taal] !== tekstversie) return 'formulier';
  const categorie = (context.categorieen ?? TOESTEMMING_CATEGORIEEN).find((c) => c === velden.categorie);
  const doel = DOELEN.find((d) => d === velden.doel);
  const rol = velden.ontvanger?.startsWith('rol:')
    ? ONTVANGER_ROLLEN.find((r) => `rol:${r}` === velden.ontvanger)
    : undefined;
  if (!categorie || !doel || !(velden.ontvanger === 'gemeente' || rol)) return 'keuze';
  // The gemeente's own information goes to the begeleider: such a consent names the gemeente, never one of its roles.
  if (rol && CATEGORIE_REGELS[categorie].richting === 'gemeente-naar-uitvoering') return 'keuze';
  const geldigTot = velden.geldigTot?.trim() || undefined;
  if (geldigTot !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(geldigTot) || geldigTot <= context.vandaag)) {
    return 'datum';
  }
  const expliciet = velden.expliciet === 'ja';
  if (CATEGORIE_REGELS[categorie].explicietVereist && !expliciet) return 'expliciet';
  return {
    ontvanger: { gemeente: context.gemeente, ...(rol ? { rol } : {}) },
    categorieen: [categorie],
    doel,
    ...(geldigTot ? { geldigTot } : {}),
    ...(expliciet ? { expliciet: true } : {}),
    taal,
    tekstversie,
  };
}
