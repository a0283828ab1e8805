import { beeindigingBody, toewijzingBody, toewijzingParams, trajectParams } from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import { beeindigToewijzing, wijsBegeleiderToe } from '../app/begeleiders';
import type { BegeleidingDeps } from '../app/deps';
import { BESLISSERS } from '../app/toegang';
import { type Toewijzing, toewijzingenVan, toewijzingWeergave } from '../domain/begeleiders';
import { lijstInTraject, schrijfrecht } from './routes-gedeeld';

const sleutel = (w: Toewijzing) => `${w.van}|${w.toewijzingId}`;

/** Begeleiders in sequence (issue 12): each toewijzing with its rol, paid or volunteer, from and until, and why. */
export const begeleiderRoutes = (deps: () => BegeleidingDeps) => ({
  'POST /v1/inburgeraars/{id}/begeleiders': route({
    body: toewijzingBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    async handle(req) {
      return { status: 201, body: toewijzingWeergave(await wijsBegeleiderToe(deps(), req, req.body)) };
    },
  }),

  'GET /v1/inburgeraars/{id}/begeleiders': lijstInTraject(deps, toewijzingenVan, sleutel, toewijzingWeergave),

  'POST /v1/inburgeraars/{id}/begeleiders/{toewijzingId}/beeindiging': route({
    body: beeindigingBody,
    params: toewijzingParams,
    autoriseer: schrijfrecht(deps, BESLISSERS),
    async handle(req) {
      const w = await beeindigToewijzing(deps(), req, req.params.toewijzingId, req.body);
      return { status: 200, body: toewijzingWeergave(w) };
    },
  }),
});
