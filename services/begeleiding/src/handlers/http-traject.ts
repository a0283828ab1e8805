import {
  type AfrondingBody,
  afrondingBody,
  type BegeleiderBody,
  begeleiderBody,
  EindoverdrachtOpgesteld,
  TrajectAfgerond,
  TrajectVerlengd,
  trajectParams,
  type VerlengingBody,
  verlengingBody,
} from '@wegwijs/contracts';
import { NotFound, type RouteRequest, route, vandaag } from '@wegwijs/lambda-kit';
import type { Profiel } from '@wegwijs/profielen';
import type { BegeleidingDeps } from '../app/deps';
import { type EventContext, metFase, uitgaandEvent, type Wijziging, wijzigTraject } from '../app/traject-werk';
import { metToewijzingen, wijsToeVolgensSoort } from '../domain/begeleiders';
import { faseOp, tijdlijnVan } from '../domain/fase';
import { controleerAfronding, controleerVerlenging, vereisNietAfgerond, vereisNietInToekomst } from '../domain/regels';
import { afrondingUit, isBekend, type Traject, verlengingUit } from '../domain/traject';
import { trajectWeergave } from '../domain/weergave';
import { actorVan, BESLISSERS, laadTraject, volgensRegels } from './toegang';
import { schrijfrecht } from './traject-schrijven';

type Req<B> = RouteRequest<B, { id: string }, undefined>;

/**
 * A decision on the traject itself (verlenging, afronding, begeleider): checked against the version it is written
 * over, stored with its events in one write, then published. Answers the traject as the uitvoeringsorganisatie sees it.
 */
async function beslis<B>(
  deps: BegeleidingDeps,
  req: Req<B>,
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
    return { status: 200, body: trajectWeergave(profiel, na, dag, true) };
  });
}

export const trajectRoutes = (deps: () => BegeleidingDeps) => ({
  'GET /v1/inburgeraars/{id}/traject': route({
    params: trajectParams,
    async handle(req: Req<undefined>) {
      const d = deps();
      const { traject, profiel, relatie } = await laadTraject(d, req.principal, req.params.id);
      return { status: 200, body: trajectWeergave(profiel, traject, vandaag(d.clock), relatie !== 'gemeente') };
    },
  }),

  'POST /v1/inburgeraars/{id}/verlenging': route({
    body: verlengingBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    handle: (req: Req<VerlengingBody>) =>
      beslis(deps(), req, (t, profiel, dag, ctx) => {
        controleerVerlenging(profiel, faseOp(profiel, t, dag).fase, t.verlengingen.length, req.body, dag);
        const { maanden } = req.body;
        const traject = { ...t, verlengingen: [...t.verlengingen, verlengingUit(req.body, dag)] };
        const einddatum = tijdlijnVan(profiel, traject)?.einddatum ?? dag;
        const verlengingen = traject.verlengingen.length;
        return {
          traject,
          events: [uitgaandEvent(TrajectVerlengd, traject, ctx, { maanden, einddatum, verlengingen })],
        };
      }),
  }),

  'POST /v1/inburgeraars/{id}/afronding': route({
    body: afrondingBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    handle(req: Req<AfrondingBody>) {
      const d = deps();
      const { datum, soort, overdracht } = req.body;
      const overdrachtId = overdracht ? d.nieuwId() : undefined;
      return beslis(d, req, (t, profiel, dag, ctx) => {
        controleerAfronding(profiel, faseOp(profiel, t, dag).fase, tijdlijnVan(profiel, t)?.startdatum, req.body);
        vereisNietInToekomst(datum, dag);
        const traject: Traject = { ...t, afronding: afrondingUit(req.body, overdrachtId) };
        const events = [uitgaandEvent(TrajectAfgerond, traject, ctx, { datum, soort })];
        if (overdracht && overdrachtId) {
          const data = { overdrachtId, datum, soort, tekst: overdracht };
          events.push(uitgaandEvent(EindoverdrachtOpgesteld, traject, ctx, data));
        }
        // The organisation's own copy of the overdracht is derived from EindoverdrachtOpgesteld (app/records.ts).
        return { traject, events };
      });
    },
  }),

  'PUT /v1/inburgeraars/{id}/begeleider': route({
    body: begeleiderBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    handle(req: Req<BegeleiderBody>) {
      const d = deps();
      const toewijzingId = d.nieuwId();
      return beslis(d, req, (t, profiel, dag) => {
        vereisNietAfgerond(faseOp(profiel, t, dag).fase);
        // The soort maps onto a toewijzing (betaald/vrijwilliger: rol vast; maatje: rol maatje, a volunteer).
        const lijst = wijsToeVolgensSoort(t, toewijzingId, req.body.begeleiderId, req.body.soort, dag);
        return { traject: lijst ? metToewijzingen(t, lijst) : t, events: [] };
      });
    },
  }),
});
