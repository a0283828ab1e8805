import type { Actor, AgendapuntUitkomstBody, GemeenteRol, Rol } from '@wegwijs/contracts';
import { isGemeenteRol, isUitvoeringRol, isVerwijspartnerRol, MB_GEMEENTE_ROLLEN } from '@wegwijs/contracts';
import type { Agendapunt, AgendapuntUitkomst } from './typen';

/**
 * Gemeente roles that take part in a casuistiekoverleg: the inburgeringsconsulent, income staff and the Wmo consulenten
 * (Woerden: two Wmo-medewerkers at the table, report 3.5.2).
 */
export const OVERLEG_GEMEENTE_ROLLEN: readonly GemeenteRol[] = [
  'inburgeringsconsulent',
  'inkomensconsulent',
  'wmo-consulent',
];

export type Deelnemer =
  | { soort: 'uitvoering'; org: string }
  | { soort: 'gemeente' }
  /** Known in this gemeente, but the role takes no part in the overleg (403). */
  | { soort: 'geen-deelnemer' };

/**
 * How a caller takes part in the casuistiekoverleg of a gemeente, or undefined when the gemeente is outside their reach
 * (404): gemeente participants of that gemeente, and staff of an uitvoeringsorganisatie that serves it (not its
 * vrijwilligers, 403: they read only the inburgeraars assigned to them).
 */
export function deelnemerVan(
  p: { rol: Rol; org?: string | undefined; gemeenten: readonly string[] },
  cbs: string,
  organisatiesVanGemeente: readonly string[],
  /**
   * From the gemeente's profile (issue 22 item 10): `extraRollen`, gemeente roles it seats besides the three above
   * (Woerden's maatschappelijk werker, 3.5.2); `eigenMb`, whether the gemeente carries out MB itself (Tholen,
   * Heerenveen), so that its regisseur inburgering sits at the table as that organisation (3.2.2).
   */
  profiel: { extraRollen?: readonly GemeenteRol[] | undefined; eigenMb?: boolean } = {},
): Deelnemer | undefined {
  if (!p.gemeenten.includes(cbs)) return undefined;
  const eigen = `gemeente-${cbs}`;
  if (profiel.eigenMb && (MB_GEMEENTE_ROLLEN as readonly Rol[]).includes(p.rol) && p.org === eigen) {
    return { soort: 'uitvoering', org: eigen };
  }
  const extraRollen = profiel.extraRollen ?? [];
  if (isGemeenteRol(p.rol)) {
    return [...OVERLEG_GEMEENTE_ROLLEN, ...extraRollen].includes(p.rol)
      ? { soort: 'gemeente' }
      : { soort: 'geen-deelnemer' };
  }
  // A referral partner is known in the gemeente but takes no part in the overleg.
  if (isVerwijspartnerRol(p.rol)) return { soort: 'geen-deelnemer' };
  if (isUitvoeringRol(p.rol) && p.org && organisatiesVanGemeente.includes(p.org)) {
    // A vrijwilliger reads only the inburgeraars assigned to them (API.md need to know): the table lists others' cases.
    return p.rol === 'vrijwilliger' ? { soort: 'geen-deelnemer' } : { soort: 'uitvoering', org: p.org };
  }
  if (p.rol === 'inburgeraar') return { soort: 'geen-deelnemer' };
  return undefined;
}

export type Zicht = 'volledig' | 'alleen-casus' | 'vraag-bij-toestemming';

/**
 * What a participant may see of one agenda item. The case line (inburgeraarId, datum) is for everyone. The begeleider's
 * vraag is for the uitvoeringsorganisatie currently assigned to the inburgeraar; for gemeente participants only when
 * the consent broker permits it (categorie `signalen`: a vraag is a concern about the person, often psychosocial,
 * so it needs the explicit consent of AVG art. 9). Other organisations at the table see the case line only.
 */
export function zichtOp(deelnemer: Deelnemer, punt: Agendapunt, toegewezenOrg: string | undefined): Zicht {
  if (punt.vraag === undefined) return 'volledig';
  if (deelnemer.soort === 'uitvoering') return toegewezenOrg === deelnemer.org ? 'volledig' : 'alleen-casus';
  if (deelnemer.soort === 'gemeente') return 'vraag-bij-toestemming';
  return 'alleen-casus';
}

export function agendaRegel(punt: Agendapunt, toonVraag: boolean) {
  return {
    agendapuntId: punt.agendapuntId,
    inburgeraarId: punt.inburgeraarId,
    datum: punt.datum,
    ...(toonVraag && punt.vraag !== undefined ? { vraag: punt.vraag } : {}),
    afgeschermd: !toonVraag && punt.vraag !== undefined,
    ...(punt.uitkomst ? { uitkomst: uitkomstRegel(punt.uitkomst) } : {}),
  };
}

const uitkomstRegel = (u: AgendapuntUitkomst) => ({
  vervolg: u.vervolg,
  ...(u.opgeschaaldNaar ? { opgeschaaldNaar: u.opgeschaaldNaar } : {}),
  vastgelegdOp: u.vastgelegdOp,
});

export type UitkomstBesluit =
  | { kind: 'vastleggen'; punt: Agendapunt }
  | { kind: 'ongewijzigd' }
  | { kind: 'verboden'; detail: string }
  | { kind: 'geweigerd'; slug: 'opschaling-vereist-sociaal-domein'; detail: string };

/**
 * Records what the overleg decided about a case (report 3.5.2: can the concern be handled within the inburgering, or
 * is specialist help from the sociaal domein needed; escalation where needed). Gemeente participants record it, and
 * the organisation assigned to the inburgeraar; a later decision replaces an earlier one.
 */
export function beslisUitkomst(
  deelnemer: Exclude<Deelnemer, { soort: 'geen-deelnemer' }>,
  punt: Agendapunt,
  toegewezenOrg: string | undefined,
  body: AgendapuntUitkomstBody,
  door: Actor,
  nu: string,
): UitkomstBesluit {
  if (deelnemer.soort === 'uitvoering' && deelnemer.org !== toegewezenOrg) {
    return { kind: 'verboden', detail: 'Only the gemeente and the assigned organisation record the outcome.' };
  }
  if (body.opgeschaaldNaar && body.vervolg !== 'sociaal-domein') {
    return {
      kind: 'geweigerd',
      slug: 'opschaling-vereist-sociaal-domein',
      detail: "An escalation (opgeschaaldNaar) goes to the sociaal domein: vervolg must be 'sociaal-domein'.",
    };
  }
  const huidig = punt.uitkomst;
  if (huidig && huidig.vervolg === body.vervolg && huidig.opgeschaaldNaar === body.opgeschaaldNaar) {
    return { kind: 'ongewijzigd' };
  }
  const uitkomst: AgendapuntUitkomst = {
    vervolg: body.vervolg,
    ...(body.opgeschaaldNaar ? { opgeschaaldNaar: body.opgeschaaldNaar } : {}),
    vastgelegdDoor: door,
    vastgelegdOp: nu,
  };
  return { kind: 'vastleggen', punt: { ...punt, uitkomst } };
}

/** The detail-type the broker's log names as the source of a casuistiek vraag (the contract allows any string). */
export const AGENDAPUNT_BRON = 'CasuistiekAgendapunt.v1';

/**
 * The id of an agenda line names its key: one line per inburgeraar per overleg date (`<datum>_<inburgeraarId>`), so
 * recording an outcome reads that one item instead of the agenda. Opaque to clients; a path id (A-Z a-z 0-9 . _ : -).
 */
export const agendapuntIdVan = (datum: string, inburgeraarId: string) => `${datum}_${inburgeraarId}`;

/** The date and inburgeraar an agenda line's id names; undefined for an id that names none (404). */
export function agendapuntSleutel(agendapuntId: string): { datum: string; inburgeraarId: string } | undefined {
  const datum = agendapuntId.slice(0, 10);
  const inburgeraarId = agendapuntId.slice(11);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum) || agendapuntId[10] !== '_' || inburgeraarId === '') return undefined;
  return { datum, inburgeraarId };
}

/** An agenda line's id from before ids named their key: a ULID (see `AgendaStore.puntMetOudId`). */
export const isOudAgendapuntId = (agendapuntId: string) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(agendapuntId);
