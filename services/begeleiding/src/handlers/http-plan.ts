import {
  BegeleidingsplanBijgewerkt,
  type BegeleidingsplanBody,
  begeleidingsplanBody,
  type EvaluatieBody,
  evaluatieBody,
  trajectParams,
} from '@wegwijs/contracts';
import { NotFound, type RouteRequest, route, vandaag } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { uitgaandEvent } from '../app/traject-werk';
import { tijdlijnVan } from '../domain/fase';
import { doelCodes, evalueer, legPlanVast, planWeergave, vereisBegeleidingsplan } from '../domain/plan';
import { metPlanVan, planVan } from '../domain/plan-organisatie';
import { vereisNietInToekomst } from '../domain/regels';
import { UITVOERDERS, volgensRegels } from './toegang';
import { leesEigenTraject, schrijfOpTraject, schrijfrecht } from './traject-schrijven';

type Req<B> = RouteRequest<B, { id: string }, undefined>;

/**
 * The begeleidingsplan (issue 12): per leefgebied of the gemeente's model the starting situation, goals, actions and
 * homework, evaluated at meetmomenten and at afronding. The goals' codes and statuses reach the broker as
 * BegeleidingsplanBijgewerkt (categorie zelfredzaamheid); the free text stays here.
 */
export const planRoutes = (deps: () => BegeleidingDeps) => ({
  'PUT /v1/inburgeraars/{id}/begeleidingsplan': route({
    body: begeleidingsplanBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req: Req<BegeleidingsplanBody>) {
      const d = deps();
      const bijwerkingId = d.nieuwId();
      const { traject, profiel, dag } = await schrijfOpTraject(d, req, UITVOERDERS, (t, profiel, dag, ctx) => {
        vereisNietInToekomst(req.body.datum, dag);
        const org = req.principal.org ?? '';
        const plan = legPlanVast(profiel, planVan(t, org), req.body, () => d.nieuwId());
        const traject = metPlanVan(t, org, plan);
        const data = {
          bijwerkingId,
          datum: req.body.datum,
          aanleiding: 'vastgesteld' as const,
          doelen: doelCodes(plan),
        };
        return { traject, events: [uitgaandEvent(BegeleidingsplanBijgewerkt, traject, ctx, data)] };
      });
      if (!traject.plan) throw new NotFound();
      const start = tijdlijnVan(profiel, traject)?.startdatum;
      return { status: 200, body: planWeergave(profiel, traject.plan, start, traject.meetmomentDatums, dag) };
    },
  }),

  'GET /v1/inburgeraars/{id}/begeleidingsplan': route({
    params: trajectParams,
    handle: (req: Req<undefined>) =>
      volgensRegels(async () => {
        const d = deps();
        const { traject, profiel, relatie } = await leesEigenTraject(d, req.principal, req.params.id);
        vereisBegeleidingsplan(profiel);
        // Staff read their own organisation's plan only (an earlier organisation's stays with it); the inburgeraar
        // reads the plan of the organisation that guides them now.
        const plan = relatie === 'uitvoering' ? planVan(traject, req.principal.org) : traject.plan;
        if (!plan) throw new NotFound('There is no begeleidingsplan yet.');
        const start = tijdlijnVan(profiel, traject)?.startdatum;
        const body = planWeergave(profiel, plan, start, traject.meetmomentDatums, vandaag(d.clock));
        return { status: 200, body };
      }),
  }),

  'POST /v1/inburgeraars/{id}/begeleidingsplan/evaluaties': route({
    body: evaluatieBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req: Req<EvaluatieBody>) {
      const d = deps();
      const evaluatieId = d.nieuwId();
      const { traject } = await schrijfOpTraject(d, req, UITVOERDERS, (t, profiel, dag, ctx) => {
        vereisBegeleidingsplan(profiel);
        vereisNietInToekomst(req.body.datum, dag);
        const org = req.principal.org ?? '';
        const { plan } = evalueer(planVan(t, org), req.body, evaluatieId);
        const traject = metPlanVan(t, org, plan);
        const data = {
          bijwerkingId: evaluatieId,
          datum: req.body.datum,
          aanleiding: req.body.moment,
          doelen: doelCodes(plan),
          ...(req.body.resultatenBereikt ? { resultatenBereikt: req.body.resultatenBereikt } : {}),
        };
        return { traject, events: [uitgaandEvent(BegeleidingsplanBijgewerkt, traject, ctx, data)] };
      });
      const evaluatie = traject.plan?.evaluaties.find((e) => e.evaluatieId === evaluatieId);
      if (!evaluatie) throw new NotFound();
      return { status: 201, body: evaluatie };
    },
  }),
});
