import {
  type AanwezigheidBody,
  type AfspraakBody,
  aanwezigheidBody,
  afspraakBody,
  afspraakParams,
  ContactmomentVastgelegd,
  trajectParams,
} from '@wegwijs/contracts';
import { NotFound, type RouteRequest, route } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { uitgaandEvent } from '../app/traject-werk';
import {
  type Afspraak,
  afspraakWeergave,
  gesorteerd,
  IN_PERSOON,
  legAanwezigheidVast,
  STANDAARD_VORM,
} from '../domain/afspraken';
import { laatste } from '../domain/datum';
import { UITVOERDERS } from './toegang';
import { lijstInTraject, schrijfOpTraject, schrijfrecht } from './traject-schrijven';

const sleutel = (a: Afspraak) => `${a.datum}|${a.afspraakId}`;

/**
 * Afspraken (issue 12): the opstartfase's are planned from the profile when the traject starts; the begeleider plans
 * follow-ups and records attendance and the interpreter. A verschenen afspraak is a contactmoment (dates and form
 * reach the broker as ContactmomentVastgelegd); a missed one puts the inburgeraar on niet-gezien until the next contact.
 */
export const afspraakRoutes = (deps: () => BegeleidingDeps) => ({
  'POST /v1/inburgeraars/{id}/afspraken': route({
    body: afspraakBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req: RouteRequest<AfspraakBody, { id: string }, undefined>) {
      const d = deps();
      const afspraakId = d.nieuwId();
      const afspraak: Afspraak = {
        afspraakId,
        datum: req.body.datum,
        herkomst: 'begeleider',
        vorm: req.body.vorm ?? STANDAARD_VORM,
        ...(req.body.begeleiderId ? { begeleiderId: req.body.begeleiderId } : {}),
        status: 'gepland',
      };
      await schrijfOpTraject(d, req, UITVOERDERS, (t) => ({
        traject: { ...t, afspraken: gesorteerd([...(t.afspraken ?? []), afspraak]) },
        events: [],
      }));
      return { status: 201, body: afspraakWeergave(afspraak) };
    },
  }),

  'GET /v1/inburgeraars/{id}/afspraken': lijstInTraject(deps, (t) => t.afspraken ?? [], sleutel, afspraakWeergave),

  'PUT /v1/inburgeraars/{id}/afspraken/{afspraakId}/aanwezigheid': route({
    body: aanwezigheidBody,
    params: afspraakParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req: RouteRequest<AanwezigheidBody, { id: string; afspraakId: string }, undefined>) {
      const d = deps();
      const { afspraakId } = req.params;
      const contactmomentId = d.nieuwId();
      const { traject } = await schrijfOpTraject(d, req, UITVOERDERS, (t, _profiel, dag, ctx) => {
        const huidig = (t.afspraken ?? []).find((a) => a.afspraakId === afspraakId);
        if (!huidig) throw new NotFound();
        const nieuw = legAanwezigheidVast(huidig, req.body, dag, contactmomentId);
        if (!nieuw) return undefined;
        const afspraken = (t.afspraken ?? []).map((a) => (a.afspraakId === afspraakId ? nieuw : a));
        if (nieuw.status !== 'verschenen' || !nieuw.contactmomentId || !nieuw.duurMinuten) {
          return { traject: { ...t, afspraken }, events: [] };
        }
        const traject = {
          ...t,
          afspraken,
          laatsteContact: laatste(t.laatsteContact, nieuw.datum),
          ...(IN_PERSOON.has(nieuw.vorm) ? { laatstGezien: laatste(t.laatstGezien, nieuw.datum) } : {}),
        };
        const data = {
          contactmomentId: nieuw.contactmomentId,
          datum: nieuw.datum,
          vorm: nieuw.vorm,
          duurMinuten: nieuw.duurMinuten,
        };
        return { traject, events: [uitgaandEvent(ContactmomentVastgelegd, traject, ctx, data)] };
      });
      const opgeslagen = (traject.afspraken ?? []).find((a) => a.afspraakId === afspraakId);
      if (!opgeslagen) throw new NotFound();
      return { status: 200, body: afspraakWeergave(opgeslagen) };
    },
  }),
});
