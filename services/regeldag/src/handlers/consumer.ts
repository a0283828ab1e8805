import {
  AanmeldingGeregistreerd,
  BegeleidersGewijzigd,
  type EventData,
  InburgeraarVerhuisd,
  UitvoeringsorganisatieGewijzigd,
} from '@wegwijs/contracts';
import { type DepsBron, eventConsumer, logger, losOp } from '@wegwijs/lambda-kit';
import type { RegeldagDeps } from '../app/deps';
import { registreerAanmelding, verhuisDossier, wijzigBegeleiders, wijzigOrganisatie } from '../app/dossier';
import { defaultDeps } from './deps';

/** The regeldag consumer: this context's projection of each dossier, from aanmelding's events. */
export function createConsumer(bron: DepsBron<RegeldagDeps>) {
  return eventConsumer({
    handlers: {
      [AanmeldingGeregistreerd.detailType]: async ({ meta, data }) => {
        await registreerAanmelding(losOp(bron), meta, data as EventData<typeof AanmeldingGeregistreerd>);
        logger.info('dossier geregistreerd', { inburgeraarId: meta.inburgeraarId });
      },
      [UitvoeringsorganisatieGewijzigd.detailType]: async ({ meta, data }) => {
        const toegepast = await wijzigOrganisatie(
          losOp(bron),
          meta,
          data as EventData<typeof UitvoeringsorganisatieGewijzigd>,
        );
        logger.info('uitvoeringsorganisatie bijgewerkt', { inburgeraarId: meta.inburgeraarId, toegepast });
      },
      [InburgeraarVerhuisd.detailType]: async ({ meta, data }) => {
        const toegepast = await verhuisDossier(losOp(bron), meta, data as EventData<typeof InburgeraarVerhuisd>);
        logger.info('dossier verhuisd', { inburgeraarId: meta.inburgeraarId, toegepast });
      },
      [BegeleidersGewijzigd.detailType]: async ({ meta, data }) => {
        const toegepast = await wijzigBegeleiders(losOp(bron), meta, data as EventData<typeof BegeleidersGewijzigd>);
        logger.info('begeleiders bijgewerkt', { inburgeraarId: meta.inburgeraarId, toegepast });
      },
    },
  });
}

export const handler = createConsumer(defaultDeps());
