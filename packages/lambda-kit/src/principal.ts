import {
  GEMEENTE_ROLLEN,
  isVerwijspartnerRol,
  MB_GEMEENTE_ROLLEN,
  ROLLEN,
  type Rol,
  UITVOERING_ROLLEN,
} from '@wegwijs/contracts';
import { PROFIELEN } from '@wegwijs/profielen';
import * as z from 'zod/mini';
import { Forbidden } from './errors';
import { huidigeAanroep } from './trace';

/** The claims Wegwijs reads from a verified token. */
export const claimsSchema = z.object({
  sub: z.string().check(z.minLength(1)),
  rol: z.enum(ROLLEN),
  org: z.optional(z.string().check(z.minLength(1))),
  gemeenten: z._default(z.array(z.string().check(z.regex(/^\d{4}$/))), []),
});
export type Principal = z.infer<typeof claimsSchema>;

/** Whether gemeente `andere` is `cbs` itself or of the same samenwerkingsverband (from the profiles). */
const zelfdeVerband = (cbs: string, andere: string): boolean => {
  if (andere === cbs) return true;
  const verband = PROFIELEN.get(cbs)?.samenwerkingsverband;
  return verband != null && PROFIELEN.get(andere)?.samenwerkingsverband === verband;
};

/**
 * Why these claims break API.md's token rules, or undefined when they hold: every staff role needs `org`; a gemeente
 * role only with `org` = `gemeente-<cbs>`, that cbs among its `gemeenten`, and every other of its `gemeenten` of the
 * same samenwerkingsverband as cbs (API.md "Tokens"); an uitvoeringsorganisatie role only with
 * the id of an organisation that does MB in this deployment (when `uitvoeringsorganisaties` is given); an inburgeraar
 * carries no `org`.
 */
export function claimFout(p: Principal, uitvoeringsorganisaties?: ReadonlySet<string>): string | undefined {
  if (p.rol === 'inburgeraar') return p.org === undefined ? undefined : 'org in an inburgeraar token';
  if (p.org === undefined) return 'org missing';
  if ((GEMEENTE_ROLLEN as readonly Rol[]).includes(p.rol)) {
    const cbs = /^gemeente-(\d{4})$/.exec(p.org)?.[1];
    if (!cbs || !p.gemeenten.includes(cbs)) return 'org must be gemeente-<cbs> of gemeenten';
    return p.gemeenten.every((g) => zelfdeVerband(cbs, g))
      ? undefined
      : 'gemeenten must be the org gemeente or of its samenwerkingsverband';
  }
  // A referral partner carries its own organisation (not one of the deployment's MB organisations).
  if (isVerwijspartnerRol(p.rol)) return undefined;
  if (uitvoeringsorganisaties && !uitvoeringsorganisaties.has(p.org)) {
    return 'org is not an organisation of this deployment';
  }
  return undefined;
}

export const isGemeenteMedewerker = (p: Principal) => (GEMEENTE_ROLLEN as readonly Rol[]).includes(p.rol);
export const isUitvoeringMedewerker = (p: Principal) => (UITVOERING_ROLLEN as readonly Rol[]).includes(p.rol);
export const isInburgeraar = (p: Principal) => p.rol === 'inburgeraar';
export const isVerwijspartner = (p: Principal) => isVerwijspartnerRol(p.rol);

/**
 * Whether the caller does the MB work of organisation `org`: its own staff (an uitvoering role with that `org`), or,
 * where a gemeente carries out MB itself (`org` = `gemeente-<cbs>`, Tholen and Heerenveen: 3.2.1, 3.2.2), that
 * gemeente's staff in a role that does MB work (`MB_GEMEENTE_ROLLEN`: the regisseur inburgering).
 */
export const doetMbVan = (p: Principal, org: string): boolean =>
  p.org === org && (isUitvoeringMedewerker(p) || (MB_GEMEENTE_ROLLEN as readonly Rol[]).includes(p.rol));

/** The parties that may touch an inburgeraar's data, as the owning context knows them. */
export interface Dossier {
  inburgeraarId: string;
  gemeente: string;
  uitvoeringsorganisatie: string;
  /**
   * The `sub` of every begeleider with an active toewijzing (begeleiding's BegeleidersGewijzigd): a `vrijwilliger`
   * reads only these inburgeraars. Absent (not yet known): no vrijwilliger reads it.
   */
  begeleiders?: readonly string[] | undefined;
}

export type Relatie = 'gemeente' | 'uitvoering' | 'inburgeraar';

/** Roles that read only the inburgeraars assigned to them (API.md need to know), not their whole organisation's. */
export const ALLEEN_TOEGEWEZEN: readonly Rol[] = ['vrijwilliger'];

/** Whether a caller of the assigned organisation may see this dossier: every role, a vrijwilliger only when assigned. */
export const zietDossier = (p: Principal, d: Pick<Dossier, 'begeleiders'>): boolean =>
  !ALLEEN_TOEGEWEZEN.includes(p.rol) || (d.begeleiders ?? []).includes(p.sub);

/**
 * How the caller relates to this inburgeraar, or undefined when not at all (answer 404 then: never reveal that it
 * exists). Gemeente staff of the inburgeraar's gemeente; staff of the assigned uitvoeringsorganisatie who serve that
 * gemeente (in a gemeente that carries out MB itself, its regisseur inburgering too: `doetMbVan`; a vrijwilliger only
 * when assigned to the inburgeraar: `begeleiders`); the inburgeraar themself. A referral partner has no relation to a
 * dossier (its referrals are checked where they live).
 */
export function relatieTot(p: Principal, d: Dossier): Relatie | undefined {
  // The access log files the request under the dossier's gemeente (http.ts): the first dossier the request checks.
  const aanroep = huidigeAanroep();
  if (aanroep) aanroep.dossier ??= { inburgeraarId: d.inburgeraarId, gemeente: d.gemeente };
  if (isInburgeraar(p)) return p.sub === d.inburgeraarId ? 'inburgeraar' : undefined;
  if (!p.gemeenten.includes(d.gemeente)) return undefined;
  if (doetMbVan(p, d.uitvoeringsorganisatie)) return zietDossier(p, d) ? 'uitvoering' : undefined;
  if (isGemeenteMedewerker(p)) return 'gemeente';
  return undefined;
}

export function vereisRol(p: Principal, rollen: readonly Rol[], detail?: string): void {
  if (!rollen.includes(p.rol)) throw new Forbidden(detail ?? `Dit vraagt een van deze rollen: ${rollen.join(', ')}.`);
}
