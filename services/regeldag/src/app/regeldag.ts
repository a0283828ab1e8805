import {
  type ChecklistItemBody,
  OpstartfaseAfgerond,
  type OpstartfaseAfrondingBody,
  PraktischeZaakBijgewerkt,
  type RegeldagBody,
  RegeldagGepland,
} from '@wegwijs/contracts';
import {
  Conflict,
  DomainRuleViolation,
  Forbidden,
  type Geladen,
  NotFound,
  niets,
  type Principal,
  schrijf,
  uitgaand,
  voerUit,
} from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import { magChecklistSchrijven } from '../domain/checklist';
import { planRegeldag, rondOpstartfaseAf, werkItemBij, zelfdePlanning } from '../domain/regeldag';
import type { Regeldag } from '../domain/typen';
import { regeldagWeergave } from '../domain/weergave';
import type { RegeldagDeps } from './deps';
import { metaVoor, OpenstaandeItems, profielOf } from './gedeeld';
import { dossierEnRelatie, vereisUitvoering } from './toegang';

/** Plans the regeldag; a second one is 409 (a retry of a plan whose events are still pending completes it). */
export async function planVoor(
  deps: RegeldagDeps,
  principal: Principal,
  inburgeraarId: string,
  body: RegeldagBody,
  correlationId: string,
) {
  const { dossier, relatie } = await dossierEnRelatie(deps, principal, inburgeraarId);
  vereisUitvoering(relatie);
  const regeldagId = deps.nieuwId();
  return voerUit(deps, deps.regeldagen, keys.regeldag(inburgeraarId), (huidig) => {
    if (huidig) {
      if (huidig.uitgaand.length > 0 && zelfdePlanning(huidig.staat, body)) {
        return niets(regeldagWeergave(huidig.staat, true));
      }
      throw new Conflict('This inburgeraar has a regeldag already.', 'regeldag-bestaat');
    }
    const nu = deps.clock.now().toISOString();
    const uitkomst = planRegeldag(profielOf(dossier.gemeente), dossier, body, regeldagId, nu);
    if (uitkomst.kind === 'onvolledig') {
      throw new Conflict(
        'The aanmelding of this inburgeraar is still being processed; try again.',
        'dossier-onvolledig',
      );
    }
    if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
    const { regeldag } = uitkomst;
    const gepland = uitgaand(RegeldagGepland, metaVoor(principal, dossier, correlationId), {
      regeldagId: regeldag.regeldagId,
      datum: regeldag.datum,
    });
    return schrijf(regeldag, [gepland], regeldagWeergave(regeldag, true));
  });
}

/** The organisation and the inburgeraar see toelichtingen, the gemeente status only. */
export async function leesRegeldag(deps: RegeldagDeps, principal: Principal, inburgeraarId: string) {
  const { relatie } = await dossierEnRelatie(deps, principal, inburgeraarId);
  const geladen = await deps.regeldagen.laad(keys.regeldag(inburgeraarId));
  if (!geladen) throw new NotFound('No regeldag is planned for this inburgeraar.');
  return regeldagWeergave(geladen.staat, relatie !== 'gemeente');
}

const bestaand = (huidig: Geladen<Regeldag> | undefined): Regeldag => {
  if (!huidig) throw new Conflict('No regeldag is planned for this inburgeraar yet.', 'geen-regeldag');
  return huidig.staat;
};

/**
 * A changed status publishes PraktischeZaakBijgewerkt (status only, never the toelichting). The gemeente may record
 * the items it owns itself; those are no voortgangsinformatie to share with it: no event.
 */
export async function werkChecklistBij(
  deps: RegeldagDeps,
  principal: Principal,
  inburgeraarId: string,
  item: string,
  body: ChecklistItemBody,
  correlationId: string,
) {
  const { dossier, relatie } = await dossierEnRelatie(deps, principal, inburgeraarId);
  if (!magChecklistSchrijven(relatie, principal.rol)) vereisUitvoering(relatie);
  const door = relatie === 'gemeente' ? 'gemeente' : 'uitvoering';
  return voerUit(deps, deps.regeldagen, keys.regeldag(inburgeraarId), (huidig) => {
    const regeldag = bestaand(huidig);
    const uitkomst = werkItemBij(regeldag, item, body, deps.clock.now().toISOString(), door);
    if (uitkomst.kind === 'onbekend-item') throw new NotFound('This checklist has no such item.');
    if (uitkomst.kind === 'niet-uitvoerder') throw new Forbidden(uitkomst.detail);
    if (uitkomst.kind === 'opstartfase-afgerond') {
      throw new Conflict('The opstartfase is closed; its checklist no longer changes.', 'opstartfase-afgerond');
    }
    if (uitkomst.kind === 'ongewijzigd') return niets(regeldagWeergave(regeldag, door === 'uitvoering'));
    const events =
      uitkomst.statusGewijzigd && door === 'uitvoering'
        ? [
            uitgaand(PraktischeZaakBijgewerkt, metaVoor(principal, dossier, correlationId), {
              regeldagId: regeldag.regeldagId,
              item: uitkomst.punt.item,
              checklistCategorie: uitkomst.punt.categorie,
              status: uitkomst.punt.status,
            }),
          ]
        : [];
    return schrijf(uitkomst.regeldag, events, regeldagWeergave(uitkomst.regeldag, door === 'uitvoering'));
  });
}

/** 200 when nothing is open, else 409 listing the open items. */
export async function rondOpstartfaseAfVoor(
  deps: RegeldagDeps,
  principal: Principal,
  inburgeraarId: string,
  body: OpstartfaseAfrondingBody,
  correlationId: string,
) {
  const { dossier, relatie } = await dossierEnRelatie(deps, principal, inburgeraarId);
  vereisUitvoering(relatie);
  return voerUit(deps, deps.regeldagen, keys.regeldag(inburgeraarId), (huidig) => {
    const regeldag = bestaand(huidig);
    const uitkomst = rondOpstartfaseAf(regeldag, body.datum);
    if (uitkomst.kind === 'al-afgerond') return niets(regeldagWeergave(regeldag, true));
    if (uitkomst.kind === 'conflict') throw new Conflict(uitkomst.detail, 'opstartfase-afgerond');
    if (uitkomst.kind === 'open-items') throw new OpenstaandeItems(uitkomst.items);
    if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
    const afgerond = uitgaand(OpstartfaseAfgerond, metaVoor(principal, dossier, correlationId), {
      regeldagId: regeldag.regeldagId,
      datum: body.datum,
    });
    return schrijf(uitkomst.regeldag, [afgerond], regeldagWeergave(uitkomst.regeldag, true));
  });
}
