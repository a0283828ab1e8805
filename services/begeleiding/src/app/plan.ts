import { BegeleidingsplanBijgewerkt, type BegeleidingsplanBody, type EvaluatieBody } from '@wegwijs/contracts';
import { NotFound, type Principal, vandaag } from '@wegwijs/lambda-kit';
import { tijdlijnVan } from '../domain/fase';
import { doelCodes, evalueer, legPlanVast, planWeergave, vereisBegeleidingsplan } from '../domain/plan';
import { metPlanVan, planVan } from '../domain/plan-organisatie';
import { vereisNietInToekomst } from '../domain/regels';
import type { BegeleidingDeps } from './deps';
import { UITVOERDERS, volgensRegels } from './toegang';
import { leesEigenTraject, schrijfOpTraject, type Verzoek } from './traject-schrijven';
import { uitgaandEvent } from './traject-werk';

/**
 * The begeleidingsplan (issue 12): per leefgebied of the gemeente's model the starting situation, goals, actions and
 * homework, evaluated at meetmomenten and at afronding. The goals' codes and statuses reach the broker as
 * BegeleidingsplanBijgewerkt (categorie zelfredzaamheid); the free text stays here. Each organisation writes its own.
 */
export async function stelPlanVast(deps: BegeleidingDeps, req: Verzoek, body: BegeleidingsplanBody) {
  const bijwerkingId = deps.nieuwId();
  const { traject, profiel, dag } = await schrijfOpTraject(deps, req, UITVOERDERS, (t, profiel, dag, ctx) => {
    vereisNietInToekomst(body.datum, dag);
    const org = req.principal.org ?? '';
    const plan = legPlanVast(profiel, planVan(t, org), body, () => deps.nieuwId());
    const traject = metPlanVan(t, org, plan);
    const data = {
      bijwerkingId,
      datum: body.datum,
      aanleiding: 'vastgesteld' as const,
      doelen: doelCodes(plan),
    };
    return { traject, events: [uitgaandEvent(BegeleidingsplanBijgewerkt, traject, ctx, data)] };
  });
  if (!traject.plan) throw new NotFound();
  const start = tijdlijnVan(profiel, traject)?.startdatum;
  return planWeergave(profiel, traject.plan, start, traject.meetmomentDatums, dag);
}

/**
 * The plan as its reader sees it: staff read their own organisation's plan only (an earlier organisation's stays with
 * it); the inburgeraar reads the plan of the organisation that guides them now.
 */
export function leesPlan(deps: BegeleidingDeps, principal: Principal, id: string) {
  return volgensRegels(async () => {
    const { traject, profiel, relatie } = await leesEigenTraject(deps, principal, id);
    vereisBegeleidingsplan(profiel);
    const plan = relatie === 'uitvoering' ? planVan(traject, principal.org) : traject.plan;
    if (!plan) throw new NotFound('There is no begeleidingsplan yet.');
    const start = tijdlijnVan(profiel, traject)?.startdatum;
    return planWeergave(profiel, plan, start, traject.meetmomentDatums, vandaag(deps.clock));
  });
}

/** An evaluation of the plan at a meetmoment or at afronding. Answers the evaluation as stored. */
export async function evalueerPlan(deps: BegeleidingDeps, req: Verzoek, body: EvaluatieBody) {
  const evaluatieId = deps.nieuwId();
  const { traject } = await schrijfOpTraject(deps, req, UITVOERDERS, (t, profiel, dag, ctx) => {
    vereisBegeleidingsplan(profiel);
    vereisNietInToekomst(body.datum, dag);
    const org = req.principal.org ?? '';
    const { plan } = evalueer(planVan(t, org), body, evaluatieId);
    const traject = metPlanVan(t, org, plan);
    const data = {
      bijwerkingId: evaluatieId,
      datum: body.datum,
      aanleiding: body.moment,
      doelen: doelCodes(plan),
      ...(body.resultatenBereikt ? { resultatenBereikt: body.resultatenBereikt } : {}),
    };
    return { traject, events: [uitgaandEvent(BegeleidingsplanBijgewerkt, traject, ctx, data)] };
  });
  const evaluatie = traject.plan?.evaluaties.find((e) => e.evaluatieId === evaluatieId);
  if (!evaluatie) throw new NotFound();
  return evaluatie;
}
