import { AanmeldingGeregistreerd, type Envelope, UitvoeringsorganisatieGewijzigd } from '@wegwijs/contracts';
import { type DedupeStore, dynamoClient, eventConsumer, logger, omgeving, vereisTabel } from '@wegwijs/lambda-kit';
import { type DossierStore, dynamoDossierStore } from '../adapters/dossier-store';

/**
 * Orders the assignment events of one dossier: the later event wins, and at the same instant a change of organisation
 * wins over the registration, whatever order EventBridge delivers them in.
 */
const versie = (envelope: Envelope, rang: 0 | 1) => `${envelope.meta.occurredAt}#${rang}`;

/** Keeps this context's own projection of each dossier: inburgeraarId, gemeente and the assigned organisation. */
export function createConsumer(deps: { dossiers: () => DossierStore; dedupe?: DedupeStore }) {
  return eventConsumer({
    ...(deps.dedupe ? { dedupe: deps.dedupe } : {}),
    handlers: {
      [AanmeldingGeregistreerd.detailType]: async (envelope) => {
        const { uitvoeringsorganisatie } = envelope.data as Envelope<typeof AanmeldingGeregistreerd>['data'];
        const { inburgeraarId, gemeente } = envelope.meta;
        const toegepast = await deps
          .dossiers()
          .wijs({ inburgeraarId, gemeente, uitvoeringsorganisatie }, versie(envelope, 0));
        logger.info('dossier aangemeld', { inburgeraarId, toegepast });
      },
      [UitvoeringsorganisatieGewijzigd.detailType]: async (envelope) => {
        const { naar } = envelope.data as Envelope<typeof UitvoeringsorganisatieGewijzigd>['data'];
        const { inburgeraarId, gemeente } = envelope.meta;
        const toegepast = await deps
          .dossiers()
          .wijs({ inburgeraarId, gemeente, uitvoeringsorganisatie: naar }, versie(envelope, 1));
        logger.info('uitvoeringsorganisatie gewijzigd', { inburgeraarId, toegepast });
      },
    },
  });
}

let store: DossierStore | undefined;
export const handler = createConsumer({
  dossiers: () => {
    store ??= dynamoDossierStore(dynamoClient(), vereisTabel(omgeving()));
    return store;
  },
});
