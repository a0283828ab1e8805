import {
  type ContactmomentBody,
  ContactmomentVastgelegd,
  type Fase,
  type MeetmomentBody,
  MeetmomentVastgelegd,
  type VoortgangsrapportageBody,
  VoortgangsrapportageOpgesteld,
} from '@wegwijs/contracts';
import { NotFound, type UitgaandEvent, vandaag } from '@wegwijs/lambda-kit';
import type { Profiel } from '@wegwijs/profielen';
import { IN_PERSOON } from '../domain/afspraken';
import { laatste } from '../domain/datum';
import { faseOp } from '../domain/fase';
import { vereisContactToegestaan } from '../domain/nabellen';
import { controleerScores, vereisNietAfgerond, vereisNietInToekomst } from '../domain/regels';
import type { Traject } from '../domain/traject';
import type { BegeleidingDeps } from './deps';
import { actorVan, type BekendTraject, laadTraject, UITVOERDERS, volgensRegels } from './toegang';
import type { Verzoek } from './traject-schrijven';
import { type EventContext, metFase, uitgaandEvent, wijzigTraject } from './traject-werk';

interface Vastlegging {
  datum: string;
  event: (recordId: string, t: Traject, ctx: EventContext) => UitgaandEvent;
  /** What the record changes on the traject itself (last contact, meetmoment dates). */
  bijTraject: (t: Traject) => Traject;
}

/**
 * Records a meetmoment, contactmoment or rapportage. The traject's summary and the record's event are ONE conditional
 * write on the traject (so contention ends in success or a 409 that changed nothing); the record's own item is derived
 * from that event by the write path (or, after a crash, the relay), so a stored change never answers 5xx. Answers the
 * record's id.
 */
function legVast(
  deps: BegeleidingDeps,
  req: Verzoek,
  controleer: (t: BekendTraject, profiel: Profiel) => Vastlegging,
  /** Whether the traject takes this record in its fase: by default only before its afronding. */
  toegestaan: (profiel: Profiel, t: BekendTraject, fase: Fase) => void = (_, __, fase) => vereisNietAfgerond(fase),
): Promise<string> {
  return volgensRegels(async () => {
    const { traject, profiel, gelezen } = await laadTraject(deps, req.principal, req.params.id, UITVOERDERS);
    const dag = vandaag(deps.clock);
    toegestaan(profiel, traject, faseOp(profiel, traject, dag).fase);
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

export const legMeetmomentVast = (deps: BegeleidingDeps, req: Verzoek, body: MeetmomentBody) =>
  legVast(deps, req, (_, profiel) => {
    controleerScores(profiel, body.scores);
    return {
      datum: body.datum,
      event: (id, t, ctx) => uitgaandEvent(MeetmomentVastgelegd, t, ctx, { meetmomentId: id, ...body }),
      bijTraject: (t) => ({ ...t, meetmomentDatums: [...new Set([...t.meetmomentDatums, body.datum])].sort() }),
    };
  });

export const legContactmomentVast = (deps: BegeleidingDeps, req: Verzoek, body: ContactmomentBody) => {
  const { datum, vorm } = body;
  return legVast(
    deps,
    req,
    () => ({
      datum,
      event: (id, t, ctx) => uitgaandEvent(ContactmomentVastgelegd, t, ctx, { contactmomentId: id, ...body }),
      bijTraject: (t) => ({
        ...t,
        laatsteContact: laatste(t.laatsteContact, datum),
        ...(IN_PERSOON.has(vorm) ? { laatstGezien: laatste(t.laatstGezien, datum) } : {}),
      }),
    }),
    // Groningen's decliners stay on the bellijst (4.2.2): their call is recorded after the afronding (issue 22 item 6).
    (profiel, t, fase) => vereisContactToegestaan(profiel, t, fase, vorm),
  );
};

export const legRapportageVast = (deps: BegeleidingDeps, req: Verzoek, body: VoortgangsrapportageBody) =>
  legVast(deps, req, () => ({
    datum: body.datum,
    event: (id, t, ctx) => uitgaandEvent(VoortgangsrapportageOpgesteld, t, ctx, { rapportageId: id, ...body }),
    bijTraject: (t) => t,
  }));
