import type { Envelope, EventData, VoortgangGedeeld } from '@wegwijs/contracts';
import { logger, niets, schrijf, voerUit } from '@wegwijs/lambda-kit';
import type { TrajectProjectie } from '../domain/inburgeraar';
import {
  eventVersie,
  trajectProjectieUit,
  verlengingUit,
  voegTrajectSamen,
  voegVerlengingToe,
} from '../domain/traject';
import type { AanmeldingDeps } from './deps';
import { sleutel } from './gedeeld';

/**
 * Keeps the trajectstatus the consent broker shares (wettelijke taak) as the authoritative traject projection.
 * Idempotent and order-independent: an event older than the stored projection changes nothing.
 */
export async function verwerkGedeeld(deps: AanmeldingDeps, { meta, data }: Envelope): Promise<void> {
  const gedeeld = data as EventData<typeof VoortgangGedeeld>;
  const projectie = trajectProjectieUit(gedeeld, eventVersie(meta));
  const verlenging = verlengingUit(gedeeld, eventVersie(meta));
  if (!projectie && !verlenging) return;
  await voerUit(deps, deps.opslag, sleutel(meta.inburgeraarId), (huidig) => {
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
