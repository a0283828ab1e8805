import { bezorg, metHerhaling, OPNIEUW, type UitgaandEvent } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import { pasAfrondingToe, pasToewijzingToe, type Toewijzing } from '../domain/projectie';
import type { Staat } from '../domain/typen';
import type { BrokerDeps } from './deps';
import { leesVers } from './keten';

/** A change of the staat and the events that announce it (written together, in the staat item's outbox). */
export interface StaatWijziging {
  staat: Staat;
  events: readonly UitgaandEvent[];
}

/**
 * The kit's one write path for the staat: read, decide, ONE conditional write of the staat with its events (and the
 * events earlier writes left pending), publish, mark sent; a lost condition decides again under the kit's retry
 * policy. What a failed publish leaves pending, the relay publishes.
 */
export async function wijzigStaatMet(
  deps: BrokerDeps,
  inburgeraarId: string,
  wijzig: (staat: Staat | undefined) => StaatWijziging | undefined,
): Promise<Staat | undefined> {
  const opslag = {
    markeerVerzonden: (_: unknown, versie: number) => deps.store.markeerVerzonden(inburgeraarId, versie),
  };
  return metHerhaling(async () => {
    const { staat, uitgaand = [] } = await leesVers(deps, inburgeraarId);
    const w = wijzig(staat);
    if (!w) {
      if (staat && uitgaand.length > 0) await bezorg(deps, opslag, keys.staat(inburgeraarId), staat.versie, uitgaand);
      return staat;
    }
    const nu = deps.clock.now().toISOString();
    const alle = [...uitgaand, ...w.events.map((e) => (e.occurredAt ? e : { ...e, occurredAt: nu }))];
    if (!(await deps.store.schrijfStaat(w.staat, staat?.versie, alle))) return OPNIEUW;
    await bezorg(deps, opslag, keys.staat(inburgeraarId), w.staat.versie, alle);
    return w.staat;
  });
}

/** A change of the staat without events of its own. */
export const wijzigStaat = (
  deps: BrokerDeps,
  inburgeraarId: string,
  wijzig: (staat: Staat | undefined) => Staat | undefined,
) =>
  wijzigStaatMet(deps, inburgeraarId, (s) => {
    const staat = wijzig(s);
    return staat ? { staat, events: [] } : undefined;
  });

/** AanmeldingGeregistreerd and UitvoeringsorganisatieGewijzigd: the broker's own projection of the assignment. */
export const verwerkToewijzing = (deps: BrokerDeps, feit: Toewijzing) =>
  wijzigStaat(deps, feit.inburgeraarId, (staat) => pasToewijzingToe(staat, feit));

/** TrajectAfgerond from the assigned organisation: consents end after the afronding day. */
export const verwerkAfronding = (deps: BrokerDeps, inburgeraarId: string, datum: string) =>
  wijzigStaat(deps, inburgeraarId, (staat) => (staat ? pasAfrondingToe(staat, datum) : undefined));
