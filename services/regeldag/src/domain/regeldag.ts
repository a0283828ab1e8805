import type { ChecklistStatus, Doelgroep } from '@wegwijs/contracts';
import type { Profiel } from '@wegwijs/profielen';
import { isUitvoerderVan, openItems, stelChecklistOp } from './checklist';
import type { ChecklistPunt, Dossier, Regeldag } from './typen';

export type PlanUitkomst =
  | { kind: 'gepland'; regeldag: Regeldag }
  | { kind: 'onvolledig' }
  | { kind: 'geweigerd'; slug: 'datum-voor-koppeling'; detail: string };

/** Plans the regeldag with the checklist of the gemeente's profile for the inburgeraar's doelgroep. */
export function planRegeldag(
  profiel: Profiel,
  dossier: Dossier,
  verzoek: { datum: string; locatie?: string | undefined },
  regeldagId: string,
  nu: string,
): PlanUitkomst {
  const doelgroep: Doelgroep | undefined = dossier.doelgroep;
  if (!doelgroep) return { kind: 'onvolledig' };
  if (dossier.koppelingsdatum && verzoek.datum < dossier.koppelingsdatum) {
    return {
      kind: 'geweigerd',
      slug: 'datum-voor-koppeling',
      detail: `The regeldag cannot lie before the koppelingsdatum ${dossier.koppelingsdatum}.`,
    };
  }
  return {
    kind: 'gepland',
    regeldag: {
      regeldagId,
      inburgeraarId: dossier.inburgeraarId,
      datum: verzoek.datum,
      ...(verzoek.locatie ? { locatie: verzoek.locatie } : {}),
      checklist: stelChecklistOp(profiel, doelgroep),
      geplandOp: nu,
      versie: 1,
    },
  };
}

/** Whether a repeated POST asks for the regeldag that exists (a retry of the same request). */
export const zelfdePlanning = (r: Regeldag, verzoek: { datum: string; locatie?: string | undefined }) =>
  r.datum === verzoek.datum && (r.locatie ?? undefined) === (verzoek.locatie ?? undefined);

export type BijwerkUitkomst =
  | { kind: 'onbekend-item' }
  | { kind: 'niet-uitvoerder'; detail: string }
  | { kind: 'opstartfase-afgerond' }
  | { kind: 'ongewijzigd' }
  | { kind: 'bijgewerkt'; regeldag: Regeldag; punt: ChecklistPunt; statusGewijzigd: boolean };

/**
 * Sets the status (and the toelichting) of one checklist item, by the one who arranges it: the gemeente for the items
 * its profile gives it (`relatie` gemeente), the uitvoeringsorganisatie for the rest.
 */
export function werkItemBij(
  regeldag: Regeldag,
  item: string,
  wijziging: { status: ChecklistStatus; toelichting?: string | undefined },
  nu: string,
  relatie: 'gemeente' | 'uitvoering' = 'uitvoering',
): BijwerkUitkomst {
  const huidig = regeldag.checklist.find((p) => p.item === item);
  if (!huidig) return { kind: 'onbekend-item' };
  if (!isUitvoerderVan(huidig, relatie)) {
    const wie =
      (huidig.uitvoerder ?? 'uitvoeringsorganisatie') === 'gemeente' ? 'the gemeente' : 'the uitvoeringsorganisatie';
    return { kind: 'niet-uitvoerder', detail: `${wie} arranges and records ${item} in this gemeente.` };
  }
  const toelichting = wijziging.toelichting ?? huidig.toelichting;
  if (huidig.status === wijziging.status && toelichting === huidig.toelichting) return { kind: 'ongewijzigd' };
  if (regeldag.opstartfaseAfgerondOp) return { kind: 'opstartfase-afgerond' };
  const punt: ChecklistPunt = {
    ...huidig,
    status: wijziging.status,
    ...(toelichting !== undefined ? { toelichting } : {}),
    bijgewerktOp: nu,
  };
  return {
    kind: 'bijgewerkt',
    regeldag: {
      ...regeldag,
      checklist: regeldag.checklist.map((p) => (p.item === item ? punt : p)),
      versie: regeldag.versie + 1,
    },
    punt,
    statusGewijzigd: huidig.status !== wijziging.status,
  };
}

export type AfrondUitkomst =
  | { kind: 'afronden'; regeldag: Regeldag }
  | { kind: 'al-afgerond' }
  | { kind: 'conflict'; detail: string }
  | { kind: 'open-items'; items: string[] }
  | { kind: 'geweigerd'; slug: 'datum-voor-regeldag'; detail: string };

/** Closes the opstartfase: only when no item is open (every item geregeld or niet-van-toepassing). */
export function rondOpstartfaseAf(regeldag: Regeldag, datum: string): AfrondUitkomst {
  if (regeldag.opstartfaseAfgerondOp === datum) return { kind: 'al-afgerond' };
  if (regeldag.opstartfaseAfgerondOp) {
    return { kind: 'conflict', detail: `The opstartfase was closed on ${regeldag.opstartfaseAfgerondOp}.` };
  }
  if (datum < regeldag.datum) {
    return {
      kind: 'geweigerd',
      slug: 'datum-voor-regeldag',
      detail: `The opstartfase cannot close before the regeldag on ${regeldag.datum}.`,
    };
  }
  const open = openItems(regeldag.checklist);
  if (open.length > 0) return { kind: 'open-items', items: open };
  return { kind: 'afronden', regeldag: { ...regeldag, opstartfaseAfgerondOp: datum, versie: regeldag.versie + 1 } };
}
