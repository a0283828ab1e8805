import { pasAfrondingToe, pasToewijzingToe, type Toewijzing } from '../domain/projectie';
import type { Staat } from '../domain/typen';
import { type BrokerDeps, BrokerFout } from './deps';
import { leesVers } from './keten';

/** Read-modify-write of the staat with a conditional write on its version; retried on a concurrent write. */
export async function wijzigStaat(
  deps: BrokerDeps,
  inburgeraarId: string,
  wijzig: (staat: Staat | undefined) => Staat | undefined,
): Promise<Staat | undefined> {
  for (let i = 0; i < 50; i++) {
    const { staat } = await leesVers(deps, inburgeraarId);
    const nieuw = wijzig(staat);
    if (!nieuw) return staat;
    if (await deps.store.schrijfStaat(nieuw, staat?.versie)) return nieuw;
  }
  throw new BrokerFout('staat kept changing');
}

/** AanmeldingGeregistreerd and UitvoeringsorganisatieGewijzigd: the broker's own projection of the assignment. */
export const verwerkToewijzing = (deps: BrokerDeps, feit: Toewijzing) =>
  wijzigStaat(deps, feit.inburgeraarId, (staat) => pasToewijzingToe(staat, feit));

/** TrajectAfgerond from the assigned organisation: consents end after the afronding day. */
export const verwerkAfronding = (deps: BrokerDeps, inburgeraarId: string, datum: string) =>
  wijzigStaat(deps, inburgeraarId, (staat) => (staat ? pasAfrondingToe(staat, datum) : undefined));
