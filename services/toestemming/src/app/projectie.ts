import { pasAfrondingToe, pasToewijzingToe, type Toewijzing } from '../domain/projectie';
import type { Staat } from '../domain/typen';
import type { BrokerDeps } from './deps';
import { wijzigStaatMet } from './staat-repository';

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
