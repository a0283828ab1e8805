import {
  type AfrondingBody,
  type BegeleiderBody,
  EindoverdrachtOpgesteld,
  type FormulierTaal,
  TrajectAfgerond,
  TrajectVerlengd,
  type VerlengingBody,
} from '@wegwijs/contracts';
import { NotFound, type Principal, vandaag } from '@wegwijs/lambda-kit';
import type { Profiel } from '@wegwijs/profielen';
import { afgerondData, eindevaluatie } from '../domain/afronding';
import { metToewijzingen, wijsToeVolgensSoort } from '../domain/begeleiders';
import { dienstverlenersformulier } from '../domain/dienstverlenersformulier';
import { faseOp, tijdlijnVan } from '../domain/fase';
import { controleerAfronding, controleerVerlenging, vereisNietAfgerond } from '../domain/regels';
import { afrondingUit, isBekend, type Traject, verlengingUit } from '../domain/traject';
import { trajectWeergave } from '../domain/weergave';
import type { BegeleidingDeps } from './deps';
import { actorVan, BESLISSERS, laadTraject, volgensRegels } from './toegang';
import { leesEigenTraject, type Verzoek } from './traject-schrijven';
import { type EventContext, metFase, uitgaandEvent, type Wijziging, wijzigTraject } from './traject-werk';

/** The traject as its reader sees it (the gemeente without what stays with the uitvoeringsorganisatie). */
export async function leesTraject(deps: BegeleidingDeps, principal: Principal, id: string) {
  const { traject, profiel, relatie } = await laadTraject(deps, principal, id);
  return trajectWeergave(profiel, traject, vandaag(deps.clock), relatie !== 'gemeente');
}

/**
 * A decision on the traject itself (verlenging, afronding, begeleider): checked against the version it is written
 * over, stored with its events in one write, then published. Answers the traject as the uitvoeringsorganisatie sees it.
 */
function beslis(
  deps: BegeleidingDeps,
  req: Verzoek,
  beslissing: (t: Traject, profiel: Profiel, dag: string, ctx: EventContext) => Wijziging,
) {
  return volgensRegels(async () => {
    const { profiel, gelezen } = await laadTraject(deps, req.principal, req.params.id, BESLISSERS);
    const dag = vandaag(deps.clock);
    const ctx: EventContext = { actor: actorVan(req.principal), correlationId: req.correlationId };
    const na = await wijzigTraject(
      deps,
      { inburgeraarId: req.params.id, gemeente: profiel.cbs },
      ctx,
      (huidig) => {
        if (!isBekend(huidig)) throw new NotFound();
        return metFase(deps, beslissing(huidig, profiel, dag, ctx), ctx);
      },
      gelezen,
    );
    if (!na) throw new NotFound();
    return trajectWeergave(profiel, na, dag, true);
  });
}

/** A verlenging of the traject, within the profile's limits. */
export const verleng = (deps: BegeleidingDeps, req: Verzoek, body: VerlengingBody) =>
  beslis(deps, req, (t, profiel, dag, ctx) => {
    controleerVerlenging(profiel, faseOp(profiel, t, dag).fase, t.verlengingen.length, body, dag);
    const { maanden } = body;
    const traject = { ...t, verlengingen: [...t.verlengingen, verlengingUit(body, dag)] };
    const einddatum = tijdlijnVan(profiel, traject)?.einddatum ?? dag;
    const verlengingen = traject.verlengingen.length;
    return {
      traject,
      events: [uitgaandEvent(TrajectVerlengd, traject, ctx, { maanden, einddatum, verlengingen })],
    };
  });

/** The afronding of the traject, with the eindoverdracht when one is written. */
export function rondAf(deps: BegeleidingDeps, req: Verzoek, body: AfrondingBody) {
  const { datum, soort, overdracht } = body;
  const overdrachtId = overdracht ? deps.nieuwId() : undefined;
  return beslis(deps, req, (t, profiel, dag, ctx) => {
    // Also after the einddatum where the ending waits for its steps (Roermond, Rotterdam: 4.3); Rotterdam's evaluation
    // of the results may come from the plan's evaluation at afronding (3.3.4).
    const evaluatie = eindevaluatie(t);
    const context = { startdatum: tijdlijnVan(profiel, t)?.startdatum, eindevaluatie: evaluatie };
    controleerAfronding(profiel, faseOp(profiel, t, dag).fase, context, body, dag);
    const afronding = afrondingUit(body, overdrachtId, evaluatie);
    const traject: Traject = { ...t, afronding };
    // The trajectstatus says THAT a written overdracht went, when and to whom; its content travels only in
    // EindoverdrachtOpgesteld (categorie eindoverdracht), with the inburgeraar's consent.
    const events = [uitgaandEvent(TrajectAfgerond, traject, ctx, afgerondData(afronding))];
    if (overdracht && overdrachtId) {
      const data = { overdrachtId, datum, soort, tekst: overdracht };
      events.push(uitgaandEvent(EindoverdrachtOpgesteld, traject, ctx, data));
    }
    // The organisation's own copy of the overdracht is derived from EindoverdrachtOpgesteld (app/records.ts).
    return { traject, events };
  });
}

/** The one begeleider of the traject by soort (betaald/vrijwilliger: rol vast; maatje: rol maatje, a volunteer). */
export function zetBegeleider(deps: BegeleidingDeps, req: Verzoek, body: BegeleiderBody) {
  const toewijzingId = deps.nieuwId();
  return beslis(deps, req, (t, profiel, dag) => {
    vereisNietAfgerond(faseOp(profiel, t, dag).fase);
    const lijst = wijsToeVolgensSoort(t, toewijzingId, body.begeleiderId, body.soort, dag);
    return { traject: lijst ? metToewijzingen(t, lijst) : t, events: [] };
  });
}

/**
 * Roermond's form with the regular services (report 4.3), in the language asked for (Dutch by default): for the
 * organisation to print and for the inburgeraar; the gemeente reads it from its own profile.
 */
export function leesDienstverlenersformulier(
  deps: BegeleidingDeps,
  principal: Principal,
  id: string,
  taal: FormulierTaal | undefined,
) {
  return volgensRegels(async () => {
    const { traject, profiel } = await leesEigenTraject(deps, principal, id);
    return dienstverlenersformulier(profiel, traject, taal ?? 'nl');
  });
}
