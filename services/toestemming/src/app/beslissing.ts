import type { BeslissingAntwoord, BeslissingVerzoek } from '@wegwijs/contracts';
import { delingSleutel } from '../adapters/keys';
import { deel } from './delen';
import type { BrokerDeps } from './deps';
import { leesStaat } from './staat-repository';

/**
 * The synchronous decision point (a verwijzing before it is sent): the same decision function, logged as gedeeld or
 * geweigerd. Its own decision key (`beslissing#...`), so the VerwijzingVerstuurd event that follows gets its own
 * decision for the gemeente's view. A repeated call with the same bronId answers the first decision.
 */
export async function beslisSynchroon(deps: BrokerDeps, verzoek: BeslissingVerzoek): Promise<BeslissingAntwoord> {
  const snap = await leesStaat(deps, verzoek.inburgeraarId);
  const aan = { gemeente: verzoek.gemeente };
  const vraag = {
    inburgeraarId: verzoek.inburgeraarId,
    gemeente: verzoek.gemeente,
    categorie: verzoek.categorie,
    bronId: verzoek.bronId,
    bronDetailType: verzoek.bronDetailType,
    afzender: verzoek.actor.org,
    tijdstip: deps.clock.now().toISOString(),
    wettelijkePlicht: verzoek.wettelijkePlicht === true,
  };
  const d = await deel(deps, vraag, aan, delingSleutel(verzoek.bronId, aan, 'beslissing'), snap);
  return {
    besluit: d.besluit,
    ...(d.grondslag ? { grondslag: d.grondslag } : {}),
    ...(d.toestemmingId ? { toestemmingId: d.toestemmingId } : {}),
    reden: d.reden,
  };
}
