import type {
  BegeleidersGewijzigd,
  Envelope,
  EventData,
  GedeeldeVoortgangVerwijderd,
  VoortgangGedeeld,
} from '@wegwijs/contracts';
import { logger, metBegeleiders, niets, schrijf } from '@wegwijs/lambda-kit';
import { pasGedeeldToe, pasVerwijderingToe } from '../domain/gedeeld';
import type { Inburgeraar, TrajectProjectie } from '../domain/inburgeraar';
import {
  eventVersie,
  trajectProjectieUit,
  verlengingUit,
  voegTrajectSamen,
  voegVerlengingToe,
} from '../domain/traject';
import type { AanmeldingDeps } from './deps';
import { wijzigInburgeraar } from './tellingen';

/**
 * Keeps the trajectstatus the consent broker shares (wettelijke taak) as the authoritative traject projection.
 * Idempotent and order-independent: an event older than the stored projection changes nothing.
 */
export async function verwerkGedeeld(deps: AanmeldingDeps, { meta, data }: Envelope): Promise<void> {
  const gedeeld = data as EventData<typeof VoortgangGedeeld>;
  if (gedeeld.mijlpaal || gedeeld.uitvoeringsorganisatie) {
    await werkBij(deps, meta, gedeeld.ontvanger.gemeente, (i) => pasGedeeldToe(i, gedeeld));
    return;
  }
  const projectie = trajectProjectieUit(gedeeld, eventVersie(meta));
  const verlenging = verlengingUit(gedeeld, eventVersie(meta));
  if (!projectie && !verlenging) return;
  const oorzaak = { actor: meta.actor, correlationId: meta.correlationId, causationId: meta.id };
  await wijzigInburgeraar(deps, meta.inburgeraarId, oorzaak, (huidig) => {
    if (!huidig || huidig.staat.gemeente !== gedeeld.ontvanger.gemeente) {
      logger.warn('trajectstatus for an unknown inburgeraar ignored', { inburgeraarId: meta.inburgeraarId });
      return niets(undefined);
    }
    const vorig = huidig.staat.traject;
    let nieuw: TrajectProjectie | undefined;
    if (projectie) nieuw = voegTrajectSamen(vorig, projectie);
    else if (verlenging) nieuw = voegVerlengingToe(vorig, verlenging);
    if (!nieuw) return niets(undefined);
    logger.info('traject projection updated', { inburgeraarId: meta.inburgeraarId, fase: nieuw.fase });
    return schrijf({ ...huidig.staat, traject: nieuw }, [], undefined);
  });
}

/** A withdrawal removed a shared item: the invitation to the brede intake leaves the organisation's timeline. */
export async function verwerkVerwijderd(deps: AanmeldingDeps, { meta, data }: Envelope): Promise<void> {
  const verwijderd = data as EventData<typeof GedeeldeVoortgangVerwijderd>;
  if (verwijderd.categorie !== 'brede-intake') return;
  await werkBij(deps, meta, verwijderd.ontvanger.gemeente, (i) => pasVerwijderingToe(i, verwijderd.bronId));
}

/**
 * One idempotent change of the inburgeraar from a broker event, on the one write path; a shared regeldag or end of the
 * opstartfase completes doorlooptijden, counted in the same write.
 */
function werkBij(
  deps: AanmeldingDeps,
  meta: Envelope['meta'],
  gemeente: string,
  pasToe: (i: Inburgeraar) => Inburgeraar | undefined,
): Promise<void> {
  const { inburgeraarId } = meta;
  const oorzaak = { actor: meta.actor, correlationId: meta.correlationId, causationId: meta.id };
  return wijzigInburgeraar(deps, inburgeraarId, oorzaak, (huidig) => {
    if (!huidig || huidig.staat.gemeente !== gemeente) {
      logger.warn('shared fact for an unknown inburgeraar ignored', { inburgeraarId });
      return niets(undefined);
    }
    const nieuw = pasToe(huidig.staat);
    return nieuw ? schrijf(nieuw, [], undefined) : niets(undefined);
  });
}

/** Who is assigned now (begeleiding's BegeleidersGewijzigd): the highest stand wins, in any order, however often. */
export async function verwerkBegeleiders(deps: AanmeldingDeps, { meta, data }: Envelope): Promise<void> {
  const feit = data as EventData<typeof BegeleidersGewijzigd>;
  await werkBij(deps, meta, meta.gemeente, (i) => metBegeleiders<Inburgeraar>(i, feit));
}
