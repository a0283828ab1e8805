import { isDeepStrictEqual } from 'node:util';
import {
  type Actor,
  BegeleidersGewijzigd,
  type EventContract,
  type EventData,
  TrajectBeeindigd,
  TrajectFaseGewijzigd,
  VERHUISD_ELDERS,
} from '@wegwijs/contracts';
import {
  anoniemeMetaVoor,
  type Geladen,
  niets,
  schrijf,
  type UitgaandEvent,
  uitgaand,
  vandaag,
  voerUit,
} from '@wegwijs/lambda-kit';
import { regietellingenEvents } from '@wegwijs/lambda-kit/regietellingen';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import { trajectSleutel } from '../adapters/keys';
import { begeleiderIds } from '../domain/begeleiders';
import { faseWijziging } from '../domain/fase-wijziging';
import { metOpstartAfspraken } from '../domain/opstart';
import { regietellingen } from '../domain/regietellingen';
import { nieuwTraject, type Traject, toegewezenOrganisatie } from '../domain/traject';
import type { BegeleidingDeps } from './deps';

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
): UitgaandEvent =>
  uitgaand(
    contract,
    {
      gemeente: t.gemeente,
      inburgeraarId: t.inburgeraarId,
      actor: ctx.actor,
      correlationId: ctx.correlationId,
      ...(ctx.causationId ? { causationId: ctx.causationId } : {}),
    },
    data,
  );

/** A change of a traject: the new traject and the events that announce it. */
export interface Wijziging {
  traject: Traject;
  events: UitgaandEvent[];
}

/**
 * Stores the new fase with its TrajectFaseGewijzigd when the fase computed for today differs from the stored one, and
 * plans the opstartfase afspraken once the start is known. Every write goes through here, so a fase change is noticed
 * on every write as well as by the planner.
 */
export function metFase(deps: BegeleidingDeps, wijziging: Wijziging, ctx: Omit<EventContext, 'actor'>): Wijziging {
  // Moved to another deployment (issue 23): the traject goes on there; here it stays as it was, under its bewaartermijn.
  if (isElders(wijziging.traject)) return wijziging;
  const profiel = profielVoor(wijziging.traject.gemeente);
  const w = { ...wijziging, traject: metOpstartAfspraken(profiel, wijziging.traject) };
  const gewijzigd = faseWijziging(profiel, w.traject, vandaag(deps.clock));
  if (!gewijzigd) return w;
  const actor = systeemActor(gewijzigd.traject);
  const { fase, vorigeFase, datum } = gewijzigd.wijziging;
  // Issue 19: the end of the traject starts its bewaartermijnen (the archief's only source; no voortgang in it).
  const einde =
    fase === 'afgerond'
      ? [
          uitgaandEvent(
            TrajectBeeindigd,
            gewijzigd.traject,
            { ...ctx, actor },
            {
              einddatum: datum,
              gestart: vorigeFase !== undefined && vorigeFase !== 'aangemeld',
            },
          ),
        ]
      : [];
  return {
    traject: gewijzigd.traject,
    events: [
      ...w.events,
      uitgaandEvent(TrajectFaseGewijzigd, gewijzigd.traject, { ...ctx, actor }, gewijzigd.wijziging),
      ...einde,
    ],
  };
}

/** The traject moved to a gemeente another deployment serves: nothing here counts or changes its fase. */
const isElders = (t: Traject) => toegewezenOrganisatie(t) === VERHUISD_ELDERS;

/** Who caused a write: the caller (its actor), or the system on behalf of the assigned organisation (no actor). */
export type Oorzaak = Omit<EventContext, 'actor'> & { actor?: Actor };

/**
 * Regie's tellingen of a change (issue 13): the difference between the traject before and after it plus the
 * contactmomenten its events record, as anonymous RegietellingenBijgewerkt events of the same write.
 */
function tellingenVan(voor: Traject | undefined, w: Wijziging, oorzaak: Oorzaak): UitgaandEvent[] {
  if (isElders(w.traject)) return [];
  const tellingen = regietellingen(profielVoor(w.traject.gemeente), voor, w.traject, w.events);
  const actor = oorzaak.actor ?? systeemActor(w.traject);
  const meta = anoniemeMetaVoor(actor, w.traject.gemeente, oorzaak.correlationId, oorzaak.causationId);
  return regietellingenEvents('wegwijs.begeleiding', meta, tellingen);
}

/**
 * Who is assigned, when a change alters it (API.md need to know: every context's access check keeps it), with the
 * traject's new version as its `stand`.
 */
function begeleidersVan(voor: Geladen<Traject> | undefined, w: Wijziging, oorzaak: Oorzaak): UitgaandEvent[] {
  const na = begeleiderIds(w.traject);
  if (isDeepStrictEqual(na, voor ? begeleiderIds(voor.staat) : [])) return [];
  const ctx = { ...oorzaak, actor: oorzaak.actor ?? systeemActor(w.traject) };
  return [uitgaandEvent(BegeleidersGewijzigd, w.traject, ctx, { begeleiders: na, stand: (voor?.versie ?? 0) + 1 })];
}

/**
 * Changes a traject on the kit's one write path: load, decide (`wijzig`: undefined for no change; it may throw to
 * refuse), one conditional write with its events and regie's tellingen of the change, publish. Answers the traject
 * as it now is.
 */
export function wijzigTraject(
  deps: BegeleidingDeps,
  sleutel: { inburgeraarId: string; gemeente?: string },
  oorzaak: Oorzaak,
  wijzig: (huidig: Traject | undefined) => Wijziging | undefined,
  /** The traject as this request already read it: the first attempt decides on it (see `voerUit`). */
  gelezen?: Geladen<Traject>,
): Promise<Traject | undefined> {
  return voerUit(
    deps,
    deps.opslag,
    trajectSleutel(sleutel.inburgeraarId),
    (huidig) => {
      const w = wijzig(huidig?.staat);
      if (!w || (w.events.length === 0 && isDeepStrictEqual(w.traject, huidig?.staat))) return niets(huidig?.staat);
      const events = [...w.events, ...tellingenVan(huidig?.staat, w, oorzaak), ...begeleidersVan(huidig, w, oorzaak)];
      return schrijf(w.traject, events, w.traject);
    },
    gelezen ? { gelezen } : undefined,
  );
}

export const leegTraject = (huidig: Traject | undefined, inburgeraarId: string, gemeente: string) =>
  huidig ?? nieuwTraject(inburgeraarId, gemeente);
