import {
  type BeeindigingBody,
  beeindigingBody,
  type ToewijzingBody,
  toewijzingBody,
  toewijzingParams,
  trajectParams,
} from '@wegwijs/contracts';
import { NotFound, type RouteRequest, route } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import {
  beeindig,
  metToewijzingen,
  type Toewijzing,
  toewijzingenVan,
  toewijzingWeergave,
  wijsToe,
} from '../domain/begeleiders';
import { vereisNietInToekomst } from '../domain/regels';
import { BESLISSERS } from './toegang';
import { lijstInTraject, schrijfOpTraject, schrijfrecht } from './traject-schrijven';

const sleutel = (w: Toewijzing) => `${w.van}|${w.toewijzingId}`;

/** Begeleiders in sequence (issue 12): each toewijzing with its rol, paid or volunteer, from and until, and why. */
export const begeleiderRoutes = (deps: () => BegeleidingDeps) => ({
  'POST /v1/inburgeraars/{id}/begeleiders': route({
    body: toewijzingBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    async handle(req: RouteRequest<ToewijzingBody, { id: string }, undefined>) {
      const d = deps();
      const toewijzingId = d.nieuwId();
      const { traject } = await schrijfOpTraject(d, req, BESLISSERS, (t, _profiel, dag) => {
        const van = req.body.van ?? dag;
        vereisNietInToekomst(van, dag, 'van');
        const lijst = wijsToe(t, { ...req.body, van, toewijzingId });
        return lijst ? { traject: metToewijzingen(t, lijst), events: [] } : undefined;
      });
      const opgeslagen =
        toewijzingenVan(traject).find((w) => w.toewijzingId === toewijzingId) ??
        toewijzingenVan(traject).find(
          (w) => w.tot === undefined && w.rol === req.body.rol && w.begeleiderId === req.body.begeleiderId,
        );
      if (!opgeslagen) throw new NotFound();
      return { status: 201, body: toewijzingWeergave(opgeslagen) };
    },
  }),

  'GET /v1/inburgeraars/{id}/begeleiders': lijstInTraject(deps, toewijzingenVan, sleutel, toewijzingWeergave),

  'POST /v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging': route({
    body: beeindigingBody,
    params: toewijzingParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    async handle(req: RouteRequest<BeeindigingBody, { id: string; toewijzingId: string }, undefined>) {
      const { toewijzingId } = req.params;
      const { traject } = await schrijfOpTraject(deps(), req, BESLISSERS, (t, _profiel, dag) => {
        vereisNietInToekomst(req.body.datum, dag);
        const uitkomst = beeindig(t, toewijzingId, req.body.datum, req.body.reden);
        if (!uitkomst) throw new NotFound();
        return { traject: metToewijzingen(t, uitkomst.begeleiders), events: [] };
      });
      const w = toewijzingenVan(traject).find((x) => x.toewijzingId === toewijzingId);
      if (!w) throw new NotFound();
      return { status: 200, body: toewijzingWeergave(w) };
    },
  }),
});
