import { aanwezigheidBody, afspraakBody, afspraakParams, trajectParams, verplaatsingBody } from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import { legAanwezigheidVastVan, planAfspraak, verplaatsAfspraak } from '../app/afspraken';
import type { BegeleidingDeps } from '../app/deps';
import { UITVOERDERS } from '../app/toegang';
import { type Afspraak, afspraakWeergave } from '../domain/afspraken';
import { lijstInTraject, schrijfrecht } from './routes-gedeeld';

const sleutel = (a: Afspraak) => `${a.datum}|${a.afspraakId}`;

/**
 * Afspraken (issue 12): the opstartfase's are planned from the profile when the traject starts; the begeleider plans
 * follow-ups and records attendance and the interpreter (app/afspraken.ts).
 */
export const afspraakRoutes = (deps: () => BegeleidingDeps) => ({
  'POST /v1/inburgeraars/{id}/afspraken': route({
    body: afspraakBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      return { status: 201, body: afspraakWeergave(await planAfspraak(deps(), req, req.body)) };
    },
  }),

  'GET /v1/inburgeraars/{id}/afspraken': lijstInTraject(deps, (t) => t.afspraken ?? [], sleutel, afspraakWeergave),

  'PUT /v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid': route({
    body: aanwezigheidBody,
    params: afspraakParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      const afspraak = await legAanwezigheidVastVan(deps(), req, req.params.afspraakId, req.body);
      return { status: 200, body: afspraakWeergave(afspraak) };
    },
  }),

  /** Issue 22: the begeleider moves a planned afspraak; cancelling is the aanwezigheid `afgezegd`. */
  'POST /v1/inburgeraars/{id}/afspraken/{afspraakId}/verplaatsing': route({
    body: verplaatsingBody,
    params: afspraakParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req) {
      const afspraak = await verplaatsAfspraak(deps(), req, req.params.afspraakId, req.body);
      return { status: 200, body: afspraakWeergave(afspraak) };
    },
  }),
});
