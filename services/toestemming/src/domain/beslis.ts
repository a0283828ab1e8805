import { CATEGORIE_REGELS, type Categorie, type Grondslag, type Ontvanger } from '@wegwijs/contracts';
import { grondslagIn, type Profiel, profielVan } from '@wegwijs/profielen';
import { organisatieOp } from './toewijzing';
import type { Besluit, Staat, Toestemming } from './typen';

/** The question the decision point answers. */
export interface Beslisvraag {
  categorie: Categorie;
  inburgeraarId: string;
  /** The sending organisation (meta.actor.org). */
  afzender: string | undefined;
  /** When the information came into being (meta.occurredAt); the consent must be valid at this instant. */
  tijdstip: string;
  /** The inburgeraar's gemeente as the sender states it (meta.gemeente). */
  gemeente: string;
  /** The recipient: the gemeente, or one role of it. */
  ontvanger: Ontvanger;
  /** The sender claims a statutory duty (Meldcode: a verwijzing to Veilig Thuis). */
  wettelijkePlicht: boolean;
}

const datumVan = (tijdstip: string) => tijdstip.slice(0, 10);
const zelfdeOntvanger = (a: Ontvanger, b: Ontvanger) => a.gemeente === b.gemeente && a.rol === b.rol;

/**
 * Is the consent in force at instant T under the current projection (not counting the categorie)? It ends once the
 * traject has another organisation: `org` is the one assigned at T or, for the gemeente's own facts, the one now.
 */
export function geldigOp(t: Toestemming, staat: Staat, tijdstip: string, org: string): boolean {
  const dag = datumVan(tijdstip);
  return (
    t.ingetrokkenOp === undefined &&
    t.uitvoeringsorganisatie === org &&
    t.geldigVanaf <= tijdstip &&
    (t.geldigTot === undefined || dag <= t.geldigTot) &&
    (staat.afgerondOp === undefined || dag <= staat.afgerondOp)
  );
}

const deny = (reden: string): Besluit => ({ besluit: 'deny', reden });

/**
 * The ground of a categorie for this inburgeraar: by their doelgroep in their gemeente's profile (a doelgroep outside
 * Wi2021 art. 13 shares nothing on a wettelijke taak unless the deployment names another ground). The profile is the
 * deployment's (profielVan); a test passes one.
 */
export const grondslagVan = (
  staat: Staat,
  categorie: Categorie,
  profiel: Profiel | undefined = profielVan(staat.gemeente),
): Grondslag => grondslagIn(profiel, staat.doelgroep, categorie).grondslag;

/**
 * The decision point: may information of categorie C about inburgeraar S, sent by organisation O at time T, be shared
 * with this recipient (gemeente G, or one role of G)? Pure: the projection and the consents come in as `staat`.
 * A consent names exactly one recipient: the whole gemeente (no rol) or one role; it permits that recipient only.
 */
export function beslis(vraag: Beslisvraag, staat: Staat | undefined, profiel?: Profiel): Besluit {
  if (!staat || staat.inburgeraarId !== vraag.inburgeraarId) return deny('traject-onbekend');
  const regel = CATEGORIE_REGELS[vraag.categorie];
  const grondslag = grondslagVan(staat, vraag.categorie, profiel ?? profielVan(staat.gemeente));
  if (regel.richting === 'gemeente-naar-uitvoering') return beslisNaarUitvoering(vraag, staat, grondslag);
  // The sender must be the organisation assigned when the information came into being (not the one assigned now).
  const toegewezen = organisatieOp(staat, vraag.tijdstip).org;
  if (!vraag.afzender || vraag.afzender !== toegewezen) return deny('afzender-niet-toegewezen');
  if (vraag.gemeente !== staat.gemeente || vraag.ontvanger.gemeente !== staat.gemeente) {
    return deny('ontvanger-niet-gemeente-van-inburgeraar');
  }
  if (grondslag === 'wettelijke-taak') {
    return { besluit: 'permit', grondslag: 'wettelijke-taak', reden: 'wettelijke-taak' };
  }
  if (vraag.categorie === 'verwijzing' && vraag.wettelijkePlicht) {
    return { besluit: 'permit', grondslag: 'wettelijke-plicht', reden: 'wettelijke-plicht' };
  }
  const kandidaten = staat.toestemmingen.filter(
    (t) => zelfdeOntvanger(t.ontvanger, vraag.ontvanger) && t.categorieen.includes(vraag.categorie),
  );
  return opToestemming(vraag, staat, kandidaten, toegewezen);
}

/** The organisation id of a gemeente's own staff (the `org` claim): `gemeente-<cbs>`. */
export const gemeenteOrg = (cbs: string) => `gemeente-${cbs}`;

/**
 * Direction gemeente-naar-uitvoering (issue 12): may the gemeente's information of categorie C about inburgeraar S go
 * to the uitvoeringsorganisatie assigned now? The sender must be the inburgeraar's own gemeente; the recipient is
 * always the assigned organisation (a consent given for another organisation is not in force, see geldigOp); a
 * consent names the gemeente whose information it is, never a rol.
 */
function beslisNaarUitvoering(vraag: Beslisvraag, staat: Staat, grondslag: Grondslag): Besluit {
  if (vraag.afzender !== gemeenteOrg(staat.gemeente) || vraag.gemeente !== staat.gemeente) {
    return deny('afzender-niet-gemeente-van-inburgeraar');
  }
  if (grondslag === 'wettelijke-taak') {
    return { besluit: 'permit', grondslag: 'wettelijke-taak', reden: 'wettelijke-taak' };
  }
  const kandidaten = staat.toestemmingen.filter(
    (t) =>
      t.ontvanger.gemeente === staat.gemeente &&
      t.ontvanger.rol === undefined &&
      t.categorieen.includes(vraag.categorie),
  );
  return opToestemming(vraag, staat, kandidaten, staat.uitvoeringsorganisatie);
}

/** The consent-based part of a decision: the first fitting consent in force at the instant, or why there is none. */
function opToestemming(vraag: Beslisvraag, staat: Staat, kandidaten: Toestemming[], org: string): Besluit {
  const regel = CATEGORIE_REGELS[vraag.categorie];
  const passend = kandidaten
    .filter((t) => geldigOp(t, staat, vraag.tijdstip, org) && (!regel.explicietVereist || t.expliciet))
    .sort((a, b) => (a.toestemmingId < b.toestemmingId ? -1 : 1));
  const gekozen = passend[0];
  if (gekozen) {
    return { besluit: 'permit', grondslag: 'toestemming', toestemmingId: gekozen.toestemmingId, reden: 'toestemming' };
  }
  if (kandidaten.length === 0) return deny('geen-toestemming');
  if (kandidaten.every((t) => t.ingetrokkenOp !== undefined)) return deny('toestemming-ingetrokken');
  if (regel.explicietVereist && kandidaten.every((t) => !t.expliciet)) return deny('toestemming-niet-expliciet');
  return deny('toestemming-niet-geldig');
}

/**
 * The recipients of one piece of information: the inburgeraar's gemeente as a whole, plus, for consent-based
 * categories, every role that a consent of this inburgeraar names. Each gets its own decision and view entry.
 * Consents are never deleted from the projection, so a later look never drops a recipient.
 */
export function ontvangersVoor(
  staat: Staat | undefined,
  categorie: Categorie,
  gemeente: string,
  wettelijkePlicht: boolean,
  profiel?: Profiel,
): Ontvanger[] {
  const geheel: Ontvanger = { gemeente };
  if (!staat || grondslagVan(staat, categorie, profiel ?? profielVan(staat.gemeente)) !== 'toestemming')
    return [geheel];
  // The gemeente's own information goes to the assigned organisation only: one decision.
  if (CATEGORIE_REGELS[categorie].richting === 'gemeente-naar-uitvoering') return [geheel];
  if (categorie === 'verwijzing' && wettelijkePlicht) return [geheel];
  const rollen = new Set(
    staat.toestemmingen.flatMap((t) => (t.ontvanger.gemeente === gemeente && t.ontvanger.rol ? [t.ontvanger.rol] : [])),
  );
  return [geheel, ...[...rollen].sort().map((rol) => ({ gemeente, rol }))];
}
