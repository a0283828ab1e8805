import {
  AanmeldingGeregistreerd,
  type Envelope,
  GedeeldeVoortgangVerwijderd,
  UitvoeringsorganisatieGewijzigd,
  VoortgangGedeeld,
} from '@wegwijs/contracts';
import { type DedupeStore, type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { AbonnementenDeps } from '../app/deps';
import { notificeer } from '../app/notificeren';
import type { Gebeurtenis } from '../domain/notificatie';
import { defaultDeps } from './deps';

/** No separate dedupe records: a delivery is keyed by subscription and event id, so a repeat writes nothing new. */
const structureelIdempotent: DedupeStore = { seen: async () => false, remember: async () => undefined };

const gebeurtenis = (detailType: string, e: Envelope<never>, data: Gebeurtenis['data']): Gebeurtenis => ({
  detailType,
  id: e.meta.id,
  occurredAt: e.meta.occurredAt,
  gemeente: e.meta.gemeente,
  inburgeraarId: e.meta.inburgeraarId,
  data,
});

/** The events of the EVENT_ROUTES table for this context: the broker's outcomes and the dossier's own changes. */
export function createConsumer(bron: DepsBron<AbonnementenDeps>) {
  const naar = (detailType: string, data: (e: Envelope<never>) => Gebeurtenis['data']) => ({
    [detailType]: (e: unknown) =>
      notificeer(losOp(bron), gebeurtenis(detailType, e as Envelope<never>, data(e as Envelope<never>))),
  });
  return eventConsumer({
    dedupe: structureelIdempotent,
    handlers: {
      ...naar(VoortgangGedeeld.detailType, (e) => {
        const d = (e as unknown as Envelope<typeof VoortgangGedeeld>).data;
        return {
          categorie: d.categorie,
          ontvanger: d.ontvanger,
          ...(d.uitvoeringsorganisatie ? { uitvoeringsorganisatie: d.uitvoeringsorganisatie } : {}),
        };
      }),
      ...naar(GedeeldeVoortgangVerwijderd.detailType, (e) => {
        const d = (e as unknown as Envelope<typeof GedeeldeVoortgangVerwijderd>).data;
        return { categorie: d.categorie, ontvanger: d.ontvanger };
      }),
      ...naar(AanmeldingGeregistreerd.detailType, (e) => ({
        uitvoeringsorganisatie: (e as unknown as Envelope<typeof AanmeldingGeregistreerd>).data.uitvoeringsorganisatie,
      })),
      ...naar(UitvoeringsorganisatieGewijzigd.detailType, (e) => ({
        naar: (e as unknown as Envelope<typeof UitvoeringsorganisatieGewijzigd>).data.naar,
      })),
    },
  });
}

export const handler = createConsumer(defaultDeps());
