import {
  AanmeldingGeregistreerd,
  type EventData,
  type Meta,
  UitvoeringsorganisatieGewijzigd,
} from '@wegwijs/contracts';
import { eventConsumer, logger } from '@wegwijs/lambda-kit';
import { defaultDeps, type RegeldagDeps } from './deps';

/** Event versions order by occurredAt, then by event id. */
const versieVan = (meta: Meta) => `${meta.occurredAt}#${meta.id}`;

/**
 * Keeps this context's projection of each dossier (gemeente, doelgroep, koppelingsdatum, uitvoeringsorganisatie) from
 * aanmelding's events. Idempotent and order-independent: the facts of the aanmelding never change, and an assignment
 * older than the stored one changes nothing.
 */
export function createConsumer(deps: Pick<RegeldagDeps, 'store'>) {
  return eventConsumer({
    handlers: {
      [AanmeldingGeregistreerd.detailType]: async ({ meta, data }) => {
        const aanmelding = data as EventData<typeof AanmeldingGeregistreerd>;
        const store = deps.store();
        await store.registreerAanmelding({
          inburgeraarId: meta.inburgeraarId,
          gemeente: meta.gemeente,
          doelgroep: aanmelding.doelgroep,
          koppelingsdatum: aanmelding.koppelingsdatum,
        });
        await store.wijsToe(meta.inburgeraarId, meta.gemeente, aanmelding.uitvoeringsorganisatie, versieVan(meta));
        logger.info('dossier geregistreerd', { inburgeraarId: meta.inburgeraarId });
      },
      [UitvoeringsorganisatieGewijzigd.detailType]: async ({ meta, data }) => {
        const wijziging = data as EventData<typeof UitvoeringsorganisatieGewijzigd>;
        const toegepast = await deps
          .store()
          .wijsToe(meta.inburgeraarId, meta.gemeente, wijziging.naar, versieVan(meta));
        logger.info('uitvoeringsorganisatie bijgewerkt', { inburgeraarId: meta.inburgeraarId, toegepast });
      },
    },
  });
}

export const handler = createConsumer(defaultDeps());
