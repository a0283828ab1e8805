import type { AggregaatOpslag, Geladen, Sleutel } from './aggregaat';
import type { Clock } from './clock';
import { HERHAAL_BELEID, type HerhaalBeleid, metHerhaling, OPNIEUW, slaap } from './herhaal';
import { logger } from './logger';
import { naarOutgoing, type UitgaandEvent } from './outbox';
import type { Publisher } from './publisher';

/** What the one write path needs besides the aggregate's storage. */
export interface SchrijfpadDeps {
  publisher: Publisher;
  clock: Clock;
  beleid?: HerhaalBeleid;
  wacht?: (ms: number) => Promise<void>;
  /**
   * Writes what a context derives from its stored events (for example a record item keyed by the event's id), before
   * they are published and marked sent. Idempotent; the relay runs it too, so a derived item is never lost.
   */
  afleiden?: Afleiden;
}

/** Derived writes from pending events (idempotent: it may run more than once for the same events). */
export type Afleiden = (events: readonly UitgaandEvent[]) => Promise<void>;

/** What the pure decision answers: a new state with the events that announce it, or nothing to write. */
export type Besluit<S, R> =
  | { readonly soort: 'schrijf'; readonly staat: S; readonly events: readonly UitgaandEvent[]; readonly antwoord: R }
  | { readonly soort: 'niets'; readonly antwoord: R };

export const schrijf = <S, R>(staat: S, events: readonly UitgaandEvent[], antwoord: R): Besluit<S, R> => ({
  soort: 'schrijf',
  staat,
  events,
  antwoord,
});
export const niets = <R>(antwoord: R): Besluit<never, R> => ({ soort: 'niets', antwoord });

/**
 * The one write path of every context: load the aggregate, decide (pure; it may throw an HttpError to refuse), write
 * the new state and its events in ONE conditional single-item write, publish, mark them sent. A lost condition
 * re-loads and decides again under the retry policy; when attempts run out, GelijktijdigGewijzigd (409, nothing
 * written). A failed publish does not fail the request: the events are stored, and the relay publishes them.
 */
export async function voerUit<S, R>(
  deps: SchrijfpadDeps,
  opslag: AggregaatOpslag<S>,
  sleutel: Sleutel,
  beslis: (huidig: Geladen<S> | undefined) => Besluit<S, R> | Promise<Besluit<S, R>>,
  /**
   * The aggregate as the request already read it (strongly consistent, earlier in the same request): the first attempt
   * decides on it instead of reading again. If it is stale the condition fails and the next attempt reads afresh.
   */
  start?: { readonly gelezen: Geladen<S> | undefined },
): Promise<R> {
  let eerste = start;
  return metHerhaling(
    async () => {
      const huidig = eerste ? eerste.gelezen : await opslag.laad(sleutel);
      eerste = undefined;
      const besluit = await beslis(huidig);
      // An earlier attempt's write that was stored although it seemed to fail (a timeout, an SDK retry that then lost
      // its condition) carries the same events: it is this write, so it is finished rather than written twice.
      const eigen =
        besluit.soort === 'schrijf' &&
        besluit.events.some((e) => huidig?.uitgaand.some((u) => u.sleutel === e.sleutel));
      if (huidig && eigen) {
        await bezorg(deps, opslag, sleutel, huidig.versie, huidig.uitgaand);
        return besluit.antwoord;
      }
      if (besluit.soort === 'niets') {
        if (huidig && huidig.uitgaand.length > 0) await bezorg(deps, opslag, sleutel, huidig.versie, huidig.uitgaand);
        return besluit.antwoord;
      }
      const nu = deps.clock.now().toISOString();
      const nieuw = besluit.events.map((e) => (e.occurredAt ? e : { ...e, occurredAt: nu }));
      const uitgaand = [...(huidig?.uitgaand ?? []), ...nieuw];
      if (!(await opslag.bewaar(sleutel, besluit.staat, uitgaand, huidig?.versie))) return OPNIEUW;
      await bezorg(deps, opslag, sleutel, (huidig?.versie ?? 0) + 1, uitgaand);
      return besluit.antwoord;
    },
    deps.beleid ?? HERHAAL_BELEID,
    deps.wacht ?? slaap,
  );
}

/** Derives, publishes the pending events of a version and marks them sent; on failure leaves them to the relay. */
export async function bezorg<S>(
  deps: Pick<SchrijfpadDeps, 'publisher' | 'afleiden'>,
  opslag: Pick<AggregaatOpslag<S>, 'markeerVerzonden'>,
  sleutel: Sleutel,
  versie: number,
  uitgaand: readonly UitgaandEvent[],
): Promise<boolean> {
  if (uitgaand.length === 0) return true;
  try {
    await deps.afleiden?.(uitgaand);
    await deps.publisher.publish(...uitgaand.map(naarOutgoing));
    await opslag.markeerVerzonden(
      sleutel,
      versie,
      uitgaand.map((e) => e.sleutel),
    );
    return true;
  } catch (e) {
    logger.warn('events left to the relay', {
      pk: sleutel.pk,
      events: uitgaand.length,
      errorName: e instanceof Error ? e.name : 'Error',
    });
    return false;
  }
}
