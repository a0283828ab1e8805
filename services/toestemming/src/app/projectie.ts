import { ToestemmingVerlopen } from '@wegwijs/contracts';
import { type BegeleidersFeit, type MetaInput, metBegeleiders, uitgaand, vandaag } from '@wegwijs/lambda-kit';
import { pasAfrondingToe, pasToewijzingToe, type Toewijzing } from '../domain/projectie';
import type { Staat } from '../domain/typen';
import { verlopenDoor } from '../domain/verloop';
import { type BrokerDeps, TrajectOnbekend } from './deps';
import { wijzigStaatMet } from './staat-repository';

/** The cause of a change of the staat: the event it applies (its actor and correlation go on the events it makes). */
export type Oorzaak = Pick<MetaInput, 'actor' | 'correlationId' | 'causationId'>;

/**
 * A change of the staat without events of its own, except a ToestemmingVerlopen for every consent the change ends
 * (issue 23: a consent's recipient is notified of it), in the same write.
 */
export const wijzigStaat = (
  deps: BrokerDeps,
  inburgeraarId: string,
  wijzig: (staat: Staat | undefined) => Staat | undefined,
  oorzaak?: Oorzaak,
) =>
  wijzigStaatMet(deps, inburgeraarId, (s) => {
    const staat = wijzig(s);
    if (!staat) return undefined;
    const verlopen = oorzaak ? verlopenDoor(s, staat, vandaag(deps.clock)) : [];
    const meta = { ...oorzaak, gemeente: staat.gemeente, inburgeraarId } as MetaInput;
    return {
      staat,
      events: verlopen.map(({ toestemming: t, reden, verlopenOp }) =>
        uitgaand(ToestemmingVerlopen, meta, {
          toestemmingId: t.toestemmingId,
          reden,
          verlopenOp,
          ontvanger: t.ontvanger,
          uitvoeringsorganisatie: staat.uitvoeringsorganisatie,
        }),
      ),
    };
  });

/** AanmeldingGeregistreerd and UitvoeringsorganisatieGewijzigd: the broker's own projection of the assignment. */
export const verwerkToewijzing = (deps: BrokerDeps, feit: Toewijzing, oorzaak?: Oorzaak) =>
  wijzigStaat(deps, feit.inburgeraarId, (staat) => pasToewijzingToe(staat, feit), oorzaak);

/** TrajectAfgerond from the assigned organisation: consents end after the afronding day. */
export const verwerkAfronding = (deps: BrokerDeps, inburgeraarId: string, datum: string, oorzaak?: Oorzaak) =>
  wijzigStaat(deps, inburgeraarId, (staat) => (staat ? pasAfrondingToe(staat, datum) : undefined), oorzaak);

/**
 * BegeleidersGewijzigd: who is assigned now, for the access check (a vrijwilliger reads only these). The highest stand
 * wins. Before the broker knows the traject the event is refused, so it is delivered again.
 */
export async function verwerkBegeleiders(deps: BrokerDeps, inburgeraarId: string, feit: BegeleidersFeit) {
  let onbekend = false;
  await wijzigStaat(deps, inburgeraarId, (staat) => {
    onbekend = !staat;
    const nieuw = staat ? metBegeleiders(staat, feit) : undefined;
    return nieuw && staat ? { ...nieuw, versie: staat.versie + 1 } : undefined;
  });
  if (onbekend) throw new TrajectOnbekend();
}
