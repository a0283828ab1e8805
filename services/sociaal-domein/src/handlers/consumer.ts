import {
  AanmeldingGeregistreerd,
  BegeleidersGewijzigd,
  type Envelope,
  InburgeraarVerhuisd,
  UitvoeringsorganisatieGewijzigd,
  VERHUISD_ELDERS,
} from '@wegwijs/contracts';
import { type DedupeStore, type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { SociaalDeps } from '../app/deps';
import { wijsBegeleidersToe, wijsDossierToe } from '../app/dossiers';
import { defaultDeps } from './deps';

/**
 * Orders the assignment events of one dossier: the later event wins, and at the same instant a change of organisation
 * wins over the registration, whatever order EventBridge delivers them in.
 */
const versie = (envelope: Envelope, rang: 0 | 1) => `${envelope.meta.occurredAt}#${rang}`;

/** Keeps this context's own projection of each dossier: inburgeraarId, gemeente, the assigned organisation and begeleiders. */
export function createConsumer(bron: DepsBron<SociaalDeps>, opties: { dedupe?: DedupeStore } = {}) {
  return eventConsumer({
    ...(opties.dedupe ? { dedupe: opties.dedupe } : {}),
    handlers: {
      [AanmeldingGeregistreerd.detailType]: async (envelope) => {
        const { uitvoeringsorganisatie } = envelope.data as Envelope<typeof AanmeldingGeregistreerd>['data'];
        const { inburgeraarId, gemeente } = envelope.meta;
        const dossier = { inburgeraarId, gemeente, uitvoeringsorganisatie };
        await wijsDossierToe(losOp(bron), dossier, versie(envelope, 0), 'dossier aangemeld', true);
      },
      [UitvoeringsorganisatieGewijzigd.detailType]: async (envelope) => {
        const { naar } = envelope.data as Envelope<typeof UitvoeringsorganisatieGewijzigd>['data'];
        const { inburgeraarId, gemeente } = envelope.meta;
        const dossier = { inburgeraarId, gemeente, uitvoeringsorganisatie: naar };
        await wijsDossierToe(losOp(bron), dossier, versie(envelope, 1), 'uitvoeringsorganisatie gewijzigd');
      },
      // Issue 23: the dossier follows the move (another deployment: nobody here but the inburgeraar reaches it).
      [InburgeraarVerhuisd.detailType]: async (envelope) => {
        const { naar, uitvoeringsorganisatie } = envelope.data as Envelope<typeof InburgeraarVerhuisd>['data'];
        const dossier = {
          inburgeraarId: envelope.meta.inburgeraarId,
          gemeente: naar,
          uitvoeringsorganisatie: uitvoeringsorganisatie ?? VERHUISD_ELDERS,
        };
        await wijsDossierToe(losOp(bron), dossier, versie(envelope, 1), 'verhuisd');
      },
      [BegeleidersGewijzigd.detailType]: async (envelope) => {
        const feit = envelope.data as Envelope<typeof BegeleidersGewijzigd>['data'];
        await wijsBegeleidersToe(losOp(bron), envelope.meta, feit);
      },
    },
  });
}

export const handler = createConsumer(defaultDeps());
