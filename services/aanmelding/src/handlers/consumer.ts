import { type EventData, VoortgangGedeeld } from '@wegwijs/contracts';
import { eventConsumer, logger } from '@wegwijs/lambda-kit';
import type { TrajectProjectie } from '../domain/inburgeraar';
import {
  eventVersie,
  isNieuwer,
  trajectProjectieUit,
  verlengingUit,
  voegTrajectSamen,
  voegVerlengingToe,
} from '../domain/traject';
import { type AanmeldingDeps, defaultDeps } from './deps';

export class TrajectGelijktijdigGewijzigd extends Error {
  override name = 'TrajectGelijktijdigGewijzigd';
}

/**
 * Keeps the trajectstatus the consent broker shares (wettelijke taak) as the authoritative traject projection.
 * Idempotent and order-independent: an event older than the stored projection changes nothing.
 */
export function createConsumer(deps: Pick<AanmeldingDeps, 'store'>) {
  return eventConsumer({
    handlers: {
      [VoortgangGedeeld.detailType]: async ({ meta, data }) => {
        const gedeeld = data as EventData<typeof VoortgangGedeeld>;
        const projectie = trajectProjectieUit(gedeeld, eventVersie(meta));
        const verlenging = verlengingUit(gedeeld, eventVersie(meta));
        if (!projectie && !verlenging) return;
        const store = deps.store();
        const opgeslagen = await store.haal(meta.inburgeraarId);
        if (!opgeslagen || opgeslagen.inburgeraar.gemeente !== gedeeld.ontvanger.gemeente) {
          logger.warn('trajectstatus for an unknown inburgeraar ignored', { inburgeraarId: meta.inburgeraarId });
          return;
        }
        const huidig = opgeslagen.inburgeraar.traject;
        let nieuw: TrajectProjectie | undefined;
        if (projectie) nieuw = isNieuwer(huidig, projectie.versie) ? voegTrajectSamen(huidig, projectie) : undefined;
        else if (verlenging) nieuw = voegVerlengingToe(huidig, verlenging);
        if (!nieuw) return;
        if (!(await store.zetTraject(meta.inburgeraarId, nieuw, huidig?.versie))) {
          // Another delivery wrote in between: fail, so that the event is delivered again and decided afresh.
          throw new TrajectGelijktijdigGewijzigd();
        }
        logger.info('traject projection updated', { inburgeraarId: meta.inburgeraarId, fase: nieuw.fase });
      },
    },
  });
}

export const handler = createConsumer(defaultDeps());
