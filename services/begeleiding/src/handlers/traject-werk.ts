import { isDeepStrictEqual } from 'node:util';
import {
  type Actor,
  EVENTS_BY_DETAIL_TYPE,
  type EventContract,
  type EventData,
  TrajectFaseGewijzigd,
} from '@wegwijs/contracts';
import { event, logger, vandaag } from '@wegwijs/lambda-kit';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import type { Sleutel } from '../adapters/keys';
import type { OpgeslagenTraject } from '../adapters/store';
import type { Uitgaand, UitgaandEvent } from '../adapters/uitgaand';
import { faseWijziging } from '../domain/fase-wijziging';
import { nieuwTraject, type Traject, toegewezenOrganisatie } from '../domain/traject';
import type { BegeleidingDeps } from './deps';

const MAX_POGINGEN = 8;

export class GelijktijdigeWijziging extends Error {
  override name = 'GelijktijdigeWijziging';
}
export class OnbekendeGemeente extends Error {
  override name = 'OnbekendeGemeente';
}

export function profielVoor(gemeente: string): Profiel {
  const profiel = profielVan(gemeente);
  if (!profiel) throw new OnbekendeGemeente(`no MB profile for gemeente ${gemeente}`);
  return profiel;
}

/** Who announces what the system itself noticed: on behalf of the assigned uitvoeringsorganisatie. */
export const systeemActor = (t: Traject): Actor => ({
  ...(toegewezenOrganisatie(t) ? { org: toegewezenOrganisatie(t) } : {}),
  rol: 'maatschappelijk-begeleider',
  sub: 'systeem:begeleiding',
});

export interface EventContext {
  actor: Actor;
  correlationId: string;
  causationId?: string;
}

export const uitgaandEvent = <E extends EventContract>(
  contract: E,
  t: Traject,
  ctx: EventContext,
  data: EventData<E>,
): UitgaandEvent => ({
  detailType: contract.detailType,
  meta: {
    gemeente: t.gemeente,
    inburgeraarId: t.inburgeraarId,
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    ...(ctx.causationId ? { causationId: ctx.causationId } : {}),
  },
  data,
});

/** A change of a traject: the new traject and the events that announce it. */
export interface Wijziging {
  traject: Traject;
  events: UitgaandEvent[];
}

/**
 * Stores the new fase with its TrajectFaseGewijzigd when the fase computed for today differs from the stored one.
 * Every write goes through here, so a fase change is noticed on every write as well as by the planner.
 */
export function metFase(deps: BegeleidingDeps, w: Wijziging, ctx: Omit<EventContext, 'actor'>): Wijziging {
  const gewijzigd = faseWijziging(profielVoor(w.traject.gemeente), w.traject, vandaag(deps.clock));
  if (!gewijzigd) return w;
  const actor = systeemActor(gewijzigd.traject);
  return {
    traject: gewijzigd.traject,
    events: [
      ...w.events,
      uitgaandEvent(TrajectFaseGewijzigd, gewijzigd.traject, { ...ctx, actor }, gewijzigd.wijziging),
    ],
  };
}

/**
 * Read, change, conditional write; retried when another writer came first, so that every decision is made on the
 * version it is written over. `wijzig` returns undefined for no change; it may throw to refuse.
 */
export async function wijzigTraject(
  deps: BegeleidingDeps,
  sleutel: { inburgeraarId: string; gemeente: string },
  wijzig: (huidig: Traject | undefined) => Wijziging | undefined,
): Promise<OpgeslagenTraject | undefined> {
  for (let poging = 0; poging < MAX_POGINGEN; poging++) {
    const huidig = await deps.store.leesTraject(sleutel.inburgeraarId);
    const w = wijzig(huidig?.traject);
    if (!w || (w.events.length === 0 && isDeepStrictEqual(w.traject, huidig?.traject))) return huidig;
    const uitgaand: Uitgaand = { ...(huidig?.uitgaand ?? {}) };
    for (const e of w.events) uitgaand[deps.nieuwId()] = e;
    if (await deps.store.schrijfTraject(w.traject, uitgaand, huidig?.versie)) {
      return { traject: w.traject, versie: (huidig?.versie ?? 0) + 1, uitgaand };
    }
  }
  throw new GelijktijdigeWijziging(`traject ${sleutel.inburgeraarId} kept changing`);
}

export const leegTraject = (huidig: Traject | undefined, inburgeraarId: string, gemeente: string) =>
  huidig ?? nieuwTraject(inburgeraarId, gemeente);

/** Publishes the pending events of an item one by one, in order, removing each once the bus has accepted it. */
export async function publiceerUitgaand(deps: BegeleidingDeps, sleutel: Sleutel, uitgaand: Uitgaand): Promise<number> {
  let gepubliceerd = 0;
  for (const id of Object.keys(uitgaand).sort()) {
    const u = uitgaand[id];
    const contract = u ? EVENTS_BY_DETAIL_TYPE.get(u.detailType) : undefined;
    if (!u || !contract) {
      logger.error('pending event without contract', { uitgaandId: id });
      continue;
    }
    await deps.publisher.publish(event(contract, u.meta, u.data as EventData<typeof contract>));
    await deps.store.verwijderUitgaand(sleutel, id);
    gepubliceerd++;
  }
  return gepubliceerd;
}
