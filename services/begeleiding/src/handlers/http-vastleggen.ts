import {
  type ContactmomentBody,
  ContactmomentVastgelegd,
  contactmomentBody,
  type MeetmomentBody,
  MeetmomentVastgelegd,
  meetmomentBody,
  trajectParams,
  type VoortgangsrapportageBody,
  VoortgangsrapportageOpgesteld,
  voortgangsrapportageBody,
} from '@wegwijs/contracts';
import { NotFound, type RouteRequest, route, type UitgaandEvent, vandaag } from '@wegwijs/lambda-kit';
import type { Profiel } from '@wegwijs/profielen';
import type { BegeleidingDeps } from '../app/deps';
import { type EventContext, metFase, uitgaandEvent, wijzigTraject } from '../app/traject-werk';
import { laatste } from '../domain/datum';
import { faseOp } from '../domain/fase';
import { controleerScores, vereisNietAfgerond, vereisNietInToekomst } from '../domain/regels';
import type { Traject } from '../domain/traject';
import { actorVan, type BekendTraject, laadTraject, UITVOERDERS, volgensRegels } from './toegang';
import { schrijfrecht } from './traject-schrijven';

type Req<B> = RouteRequest<B, { id: string }, undefined>;

interface Vastlegging {
  datum: string;
  event: (recordId: string, t: Traject, ctx: EventContext) => UitgaandEvent;
  /** What the record changes on the traject itself (last contact, meetmoment dates). */
  bijTraject: (t: Traject) => Traject;
}

/**
 * Records a meetmoment, contactmoment or rapportage. The traject's summary and the record's event are ONE conditional
 * write on the traject (so contention ends in success or a 409 that changed nothing); the record's own item is derived
 * from that event by the write path (or, after a crash, the relay), so a stored change never answers 5xx.
 */
async function legVast(
  deps: BegeleidingDeps,
  req: Req<unknown>,
  controleer: (t: BekendTraject, profiel: Profiel) => Vastlegging,
) {
  return volgensRegels(async () => {
    const { traject, profiel, gelezen } = await laadTraject(deps, req.principal, req.params.id, UITVOERDERS);
    const dag = vandaag(deps.clock);
    vereisNietAfgerond(faseOp(profiel, traject, dag).fase);
    const v = controleer(traject, profiel);
    vereisNietInToekomst(v.datum, dag);
    const ctx: EventContext = { actor: actorVan(req.principal), correlationId: req.correlationId };
    const recordId = deps.nieuwId();
    // Made once: every attempt carries the same event, so a write that was stored although it seemed to fail is
    // recognised by the write path and not repeated.
    const event = v.event(recordId, traject, ctx);
    const na = await wijzigTraject(
      deps,
      traject,
      ctx,
      (huidig) => {
        if (!huidig) throw new NotFound();
        return metFase(deps, { traject: v.bijTraject(huidig), events: [event] }, ctx);
      },
      gelezen,
    );
    if (!na) throw new NotFound();
    return recordId;
  });
}

const IN_PERSOON = new Set(['huisbezoek', 'kantoor', 'spreekuur', 'groep']);

export const vastleggenRoutes = (deps: () => BegeleidingDeps) => ({
  'POST /v1/inburgeraars/{id}/meetmomenten': route({
    body: meetmomentBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req: Req<MeetmomentBody>) {
      const meetmomentId = await legVast(deps(), req, (_, profiel) => {
        controleerScores(profiel, req.body.scores);
        return {
          datum: req.body.datum,
          event: (id, t, ctx) => uitgaandEvent(MeetmomentVastgelegd, t, ctx, { meetmomentId: id, ...req.body }),
          bijTraject: (t) => ({ ...t, meetmomentDatums: [...new Set([...t.meetmomentDatums, req.body.datum])].sort() }),
        };
      });
      return { status: 201, body: { meetmomentId } };
    },
  }),

  'POST /v1/inburgeraars/{id}/contactmomenten': route({
    body: contactmomentBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req: Req<ContactmomentBody>) {
      const { datum, vorm } = req.body;
      const contactmomentId = await legVast(deps(), req, () => ({
        datum,
        event: (id, t, ctx) => uitgaandEvent(ContactmomentVastgelegd, t, ctx, { contactmomentId: id, ...req.body }),
        bijTraject: (t) => ({
          ...t,
          laatsteContact: laatste(t.laatsteContact, datum),
          ...(IN_PERSOON.has(vorm) ? { laatstGezien: laatste(t.laatstGezien, datum) } : {}),
        }),
      }));
      return { status: 201, body: { contactmomentId } };
    },
  }),

  'POST /v1/inburgeraars/{id}/voortgangsrapportages': route({
    body: voortgangsrapportageBody,
    params: trajectParams,
    autoriseer: schrijfrecht(deps, UITVOERDERS),
    async handle(req: Req<VoortgangsrapportageBody>) {
      const rapportageId = await legVast(deps(), req, () => ({
        datum: req.body.datum,
        event: (id, t, ctx) => uitgaandEvent(VoortgangsrapportageOpgesteld, t, ctx, { rapportageId: id, ...req.body }),
        bijTraject: (t) => t,
      }));
      return { status: 201, body: { rapportageId } };
    },
  }),
});
