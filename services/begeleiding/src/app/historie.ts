import {
  ContactmomentenVastgelegd,
  type HistorieVerzoek,
  MAX_HISTORIE_ITEMS,
  MeetmomentenVastgelegd,
} from '@wegwijs/contracts';
import { HttpError, NotFound, type UitgaandEvent, vandaag } from '@wegwijs/lambda-kit';
import { faseOp } from '../domain/fase';
import { controleerHistorie, inDelen, metHistorie, teVeelItems } from '../domain/historie';
import { Regelfout, vereisNietAfgerond } from '../domain/regels';
import type { Traject } from '../domain/traject';
import type { BegeleidingDeps } from './deps';
import { actorVan, laadTraject, UITVOERDERS, volgensRegels } from './toegang';
import type { Verzoek } from './traject-schrijven';
import { type EventContext, metFase, uitgaandEvent, wijzigTraject } from './traject-werk';

/** More items than one request may hold: 413 problem+json, before any item is looked at. */
export class TeVeelItems extends HttpError {
  constructor() {
    super(
      413,
      'te-veel-items',
      'Content too large',
      `Ten hoogste ${MAX_HISTORIE_ITEMS} contactmomenten en meetmomenten samen per verzoek; verdeel de migratie over meer verzoeken.`,
    );
  }
}

/** The traject item holds its state and its pending events: both together stay well under DynamoDB's 400 KB. */
const MAX_ITEM_BYTES = 380_000;
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

/** The batch events of the items, one per categorie, each split into parts under EventBridge's entry limit. */
function batchEvents<I>(
  contract: typeof ContactmomentenVastgelegd | typeof MeetmomentenVastgelegd,
  lijst: 'contactmomenten' | 'meetmomenten',
  items: readonly I[],
  t: Traject,
  ctx: EventContext,
): UitgaandEvent[] {
  if (items.length === 0) return [];
  const delen = inDelen(items);
  return delen.map((deel, i) =>
    uitgaandEvent(contract, t, ctx, { [lijst]: deel, deel: { nummer: i + 1, van: delen.length } } as never),
  );
}

/**
 * The bulk path of a migration: a person's historic contactmomenten and meetmomenten in ONE write of the traject on
 * the one write path, announced as one batch event per categorie (ContactmomentenVastgelegd, MeetmomentenVastgelegd),
 * which the broker decides as one batch; the record of every item is derived from those events by the write path,
 * as for a single POST. Every item is checked as its single POST checks it, and the first broken one refuses all
 * (422 naming it): a migration stores a request completely or not at all. Answers the ids in the request's order.
 */
export function legHistorieVast(deps: BegeleidingDeps, req: Verzoek, verzoek: HistorieVerzoek) {
  if (teVeelItems(verzoek)) throw new TeVeelItems();
  return volgensRegels(async () => {
    const { traject, profiel, gelezen } = await laadTraject(deps, req.principal, req.params.id, UITVOERDERS);
    const dag = vandaag(deps.clock);
    vereisNietAfgerond(faseOp(profiel, traject, dag).fase);
    const historie = controleerHistorie(verzoek, profiel, dag);
    const ctx: EventContext = { actor: actorVan(req.principal), correlationId: req.correlationId };
    const contactmomenten = historie.contactmomenten.map((c) => ({ contactmomentId: deps.nieuwId(), ...c }));
    const meetmomenten = historie.meetmomenten.map((m) => ({ meetmomentId: deps.nieuwId(), ...m }));
    // Made once: every attempt carries the same events, so a stored write that seemed to fail is not repeated.
    const events = [
      ...batchEvents(ContactmomentenVastgelegd, 'contactmomenten', contactmomenten, traject, ctx),
      ...batchEvents(MeetmomentenVastgelegd, 'meetmomenten', meetmomenten, traject, ctx),
    ];
    const na = await wijzigTraject(
      deps,
      traject,
      ctx,
      (huidig) => {
        if (!huidig) throw new NotFound();
        const nieuw = metHistorie(huidig, historie);
        if (bytes(nieuw) + bytes(events) > MAX_ITEM_BYTES) {
          throw new Regelfout(
            'regel',
            'traject-te-groot',
            'The traject holds too much to add this batch; send it in smaller parts.',
          );
        }
        return metFase(deps, { traject: nieuw, events }, ctx);
      },
      gelezen,
    );
    if (!na) throw new NotFound();
    return {
      contactmomentIds: contactmomenten.map((c) => c.contactmomentId),
      meetmomentIds: meetmomenten.map((m) => m.meetmomentId),
    };
  });
}
