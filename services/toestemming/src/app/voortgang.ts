import { CATEGORIE_REGELS, DelenGeweigerd, type Ontvanger, VoortgangGedeeld } from '@wegwijs/contracts';
import { type UitgaandEvent, uitgaand } from '@wegwijs/lambda-kit';
import { delingSleutel } from '../adapters/keys';
import { ontvangersVoor } from '../domain/beslis';
import { wachtOpToewijzing } from '../domain/toewijzing';
import type { Deling } from '../domain/typen';
import type { Voortgangsfeit } from '../domain/voortgang';
import { deel } from './delen';
import { type BrokerDeps, ToewijzingOnbekend, TrajectOnbekend } from './deps';
import { verwerkAfronding } from './projectie';
import { leesStaat } from './staat-repository';

export const naarUitvoering = (feit: Voortgangsfeit) =>
  CATEGORIE_REGELS[feit.categorie].richting === 'gemeente-naar-uitvoering';

/** The event that announces a decision: VoortgangGedeeld or DelenGeweigerd (written with its log entry). */
export function aankondiging(feit: Voortgangsfeit, deling: Deling): UitgaandEvent {
  const meta = {
    gemeente: feit.gemeente,
    inburgeraarId: feit.inburgeraarId,
    actor: feit.actor,
    correlationId: feit.correlationId,
  };
  const basis = {
    bronId: deling.bronId,
    bronDetailType: deling.bronDetailType,
    categorie: deling.categorie,
    ontvanger: deling.aan,
  };
  if (deling.besluit === 'deny') return uitgaand(DelenGeweigerd, meta, { ...basis, reden: deling.reden });
  return uitgaand(VoortgangGedeeld, meta, {
    ...basis,
    grondslag: deling.grondslag ?? 'toestemming',
    ...(deling.toestemmingId ? { toestemmingId: deling.toestemmingId } : {}),
    ...(feit.trajectstatus ? { trajectstatus: feit.trajectstatus } : {}),
    ...(feit.verlenging ? { verlenging: feit.verlenging } : {}),
    ...(feit.mijlpaal ? { mijlpaal: feit.mijlpaal } : {}),
    // The gemeente's own fact went to this organisation (direction gemeente-naar-uitvoering).
    ...(naarUitvoering(feit) && deling.gepland.aan ? { uitvoeringsorganisatie: deling.gepland.aan } : {}),
  });
}

/** The reasons a decision refuses for lack of a consent, after the sender and recipient were found right. */
const ZONDER_TOESTEMMING = new Set([
  'geen-toestemming',
  'toestemming-ingetrokken',
  'toestemming-niet-expliciet',
  'toestemming-niet-geldig',
]);
const afrondingGeldig = (d: Deling) => d.besluit === 'permit' || ZONDER_TOESTEMMING.has(d.reden);

/**
 * One voortgang event: decide per recipient; each decision's log entry and its event are ONE write, and the content is
 * released only after it. Throws (so the event is retried, then dead-lettered) when the aanmelding is not known yet, when
 * the sender is not known as assigned at the event's instant while a change not delivered yet may still make it so
 * (for WACHTTIJD_TOEWIJZING_MS after the event; then it is refused), or when a write fails; nothing is released before
 * its log entry.
 */
export async function verwerkVoortgang(deps: BrokerDeps, feit: Voortgangsfeit): Promise<Deling[]> {
  let snap = await leesStaat(deps, feit.inburgeraarId);
  const staat = snap.staat;
  if (!staat) throw new TrajectOnbekend();
  const nu = deps.clock.now();
  if (!naarUitvoering(feit) && wachtOpToewijzing(staat, feit.afzender, feit.tijdstip, nu, deps.wachttijdToewijzing)) {
    throw new ToewijzingOnbekend();
  }
  const [geheel, ...rollen] = ontvangersVoor(staat, feit.categorie, feit.gemeente, feit.wettelijkePlicht);
  // The gemeente's own facts are never released into the gemeente's view: the decision and its log entry are all.
  const afronding = {
    ...(naarUitvoering(feit) ? {} : { gegevens: feit.gegevens }),
    events: (d: Deling) => [aankondiging(feit, d)],
  };
  const resultaat: Deling[] = [];
  let aan: Ontvanger | undefined = geheel;
  let volgende = rollen;
  while (aan) {
    const eerste = resultaat.length === 0;
    const deling = await deel(deps, feit, aan, delingSleutel(feit.bronId, aan), snap, {
      ...afronding,
      ...(eerste ? { ontvangers: rollen } : {}),
    });
    // A redelivery decides for the recipients of the first delivery only.
    if (eerste) volgende = deling.ontvangers ?? rollen;
    resultaat.push(deling);
    aan = volgende[resultaat.length - 1];
    if (!aan) break;
    snap = await leesStaat(deps, feit.inburgeraarId);
  }
  // Only an afronding from the organisation assigned at its instant ends the consents: one the decision accepted, or
  // refused for want of a consent only (trajectstatus of a doelgroep outside Wi2021 art. 13 needs one).
  if (feit.afgerondOp && resultaat[0] && afrondingGeldig(resultaat[0])) {
    await verwerkAfronding(deps, feit.inburgeraarId, feit.afgerondOp, {
      actor: feit.actor,
      correlationId: feit.correlationId,
    });
  }
  return resultaat;
}
