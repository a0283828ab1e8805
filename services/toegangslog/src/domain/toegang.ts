import type { Rol, SignaleringSoort } from '@wegwijs/contracts';

/** Who did it: ids and codes only. */
export interface Actor {
  sub: string;
  rol: Rol;
  org?: string;
}

/** One entry of the access log, as stored and shown (API.md "Access log"), with the gemeente it is filed under. */
export interface Toegang {
  id: string;
  tijdstip: string;
  actor: Actor;
  actie: string;
  object?: string;
  resultaat: number;
  oorsprong: string;
  traceId: string;
  gemeente?: string;
}

export interface Signalering {
  signaleringId: string;
  tijdstip: string;
  actor: Actor;
  soort: SignaleringSoort;
  aantal: number;
  drempel: number;
  gemeente?: string;
}

/** Who may read the access log, and what of it (API.md): the FG its gemeenten', a teamleider its own staff's. */
export type Bereik = { soort: 'gemeente' } | { soort: 'organisatie'; org: string };

/** The reader's scope, or why not: 'rol' (403) or 'gemeente' (404: outside the caller's gemeenten). */
export function bereikVan(
  lezer: { rol: Rol; org?: string | undefined; gemeenten: readonly string[] },
  gemeente: string,
): Bereik | 'rol' | 'gemeente' {
  const bereik: Bereik | undefined =
    lezer.rol === 'functionaris-gegevensbescherming'
      ? { soort: 'gemeente' }
      : lezer.rol === 'teamleider' && lezer.org
        ? { soort: 'organisatie', org: lezer.org }
        : undefined;
  if (!bereik) return 'rol';
  return lezer.gemeenten.includes(gemeente) ? bereik : 'gemeente';
}

export const UUR_MS = 3_600_000;

/** The start of the hour before `tijdstip` (the window in which distinct dossiers are counted). */
export const vensterBegin = (tijdstip: string) => new Date(Date.parse(tijdstip) - UUR_MS).toISOString();

/** Whether a user's openings call for a signalering: more distinct dossiers within an hour than the threshold. */
export const overschrijdt = (aantal: number, drempel: number) => aantal > drempel;

/**
 * Whether an entry counts as opening a dossier: a member of staff whose request about one inburgeraar succeeded (an
 * inburgeraar reads only their own; a refused request opened nothing).
 */
export const opentDossier = (t: Pick<Toegang, 'actor' | 'object' | 'resultaat'>) =>
  t.actor.rol !== 'inburgeraar' && t.object !== undefined && t.resultaat >= 200 && t.resultaat < 300;

/** An instant in the stored form (`toISOString`), or undefined when it is no real date or time. */
const alsInstant = (waarde: string, eindVanDag: boolean): string | undefined => {
  const t = Date.parse(waarde.length === 10 ? `${waarde}T${eindVanDag ? '23:59:59.999' : '00:00:00.000'}Z` : waarde);
  if (Number.isNaN(t)) return undefined;
  const iso = new Date(t).toISOString();
  // Date.parse rolls 2026-02-30 over to March: a date that is not on the calendar is refused.
  return waarde.length === 10 && iso.slice(0, 10) !== waarde ? undefined : iso;
};

/**
 * The bounds of a time filter on the sort key `<tijdstip>#<id>`: a date means from its start (`vanaf`) or through
 * its end (`tot`); an instant is taken as it is. Undefined when a bound is not a real date or time.
 */
export function tijdvak(vanaf: string | undefined, tot: string | undefined): { van: string; tot: string } | undefined {
  const begin = vanaf === undefined ? '0000' : alsInstant(vanaf, false);
  const eind = tot === undefined ? '9999' : alsInstant(tot, true);
  if (begin === undefined || eind === undefined) return undefined;
  return { van: begin, tot: `${eind}~` };
}

/** Roles with a caseload of their own: the begeleiders a toewijzing names (begeleiding's BegeleidersGewijzigd). */
export const CASELOAD_ROLLEN: readonly Rol[] = ['maatschappelijk-begeleider', 'vrijwilliger'];

/**
 * Whether an entry is a request about a dossier outside the caller's own caseload (issue 20: "reads outside their
 * own caseload, where that can be known"). A vrijwilliger's caseload is exactly the inburgeraars assigned to them, so
 * any request about another is outside it (their 404 is such a try). A begeleider's, where the dossier's begeleiders
 * are known: someone is assigned and it is not them. Refused requests count too.
 */
export function buitenCaseload(t: Pick<Toegang, 'actor' | 'object'>, begeleiders: readonly string[] | undefined) {
  if (!CASELOAD_ROLLEN.includes(t.actor.rol) || t.object === undefined) return false;
  if (begeleiders?.includes(t.actor.sub)) return false;
  return t.actor.rol === 'vrijwilliger' || (begeleiders !== undefined && begeleiders.length > 0);
}

/** Distinct dossiers outside the caseload within an hour before a signalering (the first one is reported). */
export const DREMPEL_BUITEN_CASELOAD = 0;
