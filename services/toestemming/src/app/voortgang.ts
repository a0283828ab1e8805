import { CATEGORIE_REGELS, DelenGeweigerd, type Ontvanger, VoortgangGedeeld } from '@wegwijs/contracts';
import { event } from '@wegwijs/lambda-kit';
import { delingSleutel } from '../adapters/keys';
import type { Momentopname } from '../adapters/store';
import { ontvangersVoor } from '../domain/beslis';
import type { Deling } from '../domain/typen';
import type { Voortgangsfeit } from '../domain/voortgang';
import { deel } from './delen';
import { type BrokerDeps, TrajectOnbekend } from './deps';
import { leesVers } from './keten';
import { verwerkAfronding } from './projectie';

const naarUitvoering = (feit: Voortgangsfeit) =>
  CATEGORIE_REGELS[feit.categorie].richting === 'gemeente-naar-uitvoering';

async function publiceer(deps: BrokerDeps, feit: Voortgangsfeit, deling: Deling): Promise<void> {
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
  if (deling.besluit === 'deny') {
    await deps.publisher.publish(event(DelenGeweigerd, meta, { ...basis, reden: deling.reden }));
    return;
  }
  await deps.publisher.publish(
    event(VoortgangGedeeld, meta, {
      ...basis,
      grondslag: deling.grondslag ?? 'toestemming',
      ...(deling.toestemmingId ? { toestemmingId: deling.toestemmingId } : {}),
      ...(feit.trajectstatus ? { trajectstatus: feit.trajectstatus } : {}),
      ...(feit.verlenging ? { verlenging: feit.verlenging } : {}),
      ...(feit.mijlpaal ? { mijlpaal: feit.mijlpaal } : {}),
      // The gemeente's own fact went to this organisation (direction gemeente-naar-uitvoering).
      ...(naarUitvoering(feit) && deling.gepland.aan ? { uitvoeringsorganisatie: deling.gepland.aan } : {}),
    }),
  );
}

/**
 * One voortgang event: decide per recipient, log, publish, release. Throws (so the event is retried, then
 * dead-lettered) when the aanmelding is not known yet or any write fails; nothing is released before its log entry.
 */
export async function verwerkVoortgang(deps: BrokerDeps, feit: Voortgangsfeit): Promise<Deling[]> {
  let snap: Momentopname = await leesVers(deps, feit.inburgeraarId);
  const staat = snap.staat;
  if (!staat) throw new TrajectOnbekend();
  const [geheel, ...rollen] = ontvangersVoor(staat, feit.categorie, feit.gemeente, feit.wettelijkePlicht);
  // The gemeente's own facts are never released into the gemeente's view: the decision and its log entry are all.
  const afronding = {
    ...(naarUitvoering(feit) ? {} : { gegevens: feit.gegevens }),
    naLog: (d: Deling) => publiceer(deps, feit, d),
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
    const eigenKop = deling.gepland.seq > (snap.kop?.seq ?? 0) && deling.gepland.staatVersie <= staat.versie;
    snap = eigenKop
      ? { staat, kop: deling.gepland, ...(snap.gelezenOp ? { gelezenOp: snap.gelezenOp } : {}) }
      : await leesVers(deps, feit.inburgeraarId);
  }
  // Only an afronding the decision accepted (from the assigned organisation) ends the consents.
  if (feit.afgerondOp && resultaat[0]?.besluit === 'permit') {
    await verwerkAfronding(deps, feit.inburgeraarId, feit.afgerondOp);
  }
  return resultaat;
}
