import {
  AanmeldingGeregistreerd,
  BegeleidersGewijzigd,
  type Envelope,
  type EventData,
  InburgeraarVerhuisd,
  UitvoeringsorganisatieGewijzigd,
  VOORTGANG_EVENTS,
} from '@wegwijs/contracts';
import {
  type DedupeStore,
  type DepsBron,
  type EventHandlers,
  eventConsumer,
  losOp,
  type PersoonDeps,
  viaSqsFifo,
} from '@wegwijs/lambda-kit';
import { verwerkVoortgangEvent } from '../app/batch';
import type { BrokerDeps } from '../app/deps';
import { verwerkBegeleiders, verwerkToewijzing } from '../app/projectie';
import { verwerkVerhuizing } from '../app/verhuizing';
import { verwerkVoortgang } from '../app/voortgang';
import { MIJLPAAL_EVENTS, naarMijlpaalFeit } from '../domain/voortgang';
import { defaultDeps } from './deps';

/**
 * The broker needs no event-id dedupe records: its writes are keyed so that a replay changes nothing (the projection
 * by occurredAt, decisions by bronId + recipient with conditional writes). That saves two requests per event. It
 * still refuses an event about a person destroyed here (their tombstone), so a late one re-creates nothing.
 */
const structureelIdempotent = (bron: DepsBron<BrokerDeps & Partial<PersoonDeps>>): DedupeStore => ({
  async seen(_id, inburgeraarId) {
    const opslag = losOp(bron).persoonOpslag;
    return inburgeraarId && opslag && (await opslag.grafsteen(inburgeraarId)) ? 'vernietigd' : false;
  },
  remember: async () => undefined,
});

/** The event a change of the staat applies: its actor and correlation go on a ToestemmingVerlopen it causes. */
const oorzaakVan = (e: Envelope) => ({
  actor: e.meta.actor,
  correlationId: e.meta.correlationId,
  causationId: e.meta.id,
});

export function createConsumer(bron: DepsBron<BrokerDeps & Partial<PersoonDeps>>) {
  const handlers: EventHandlers = {
    [AanmeldingGeregistreerd.detailType]: async (e: Envelope) => {
      const data = e.data as EventData<typeof AanmeldingGeregistreerd>;
      await verwerkToewijzing(
        losOp(bron),
        {
          inburgeraarId: e.meta.inburgeraarId,
          gemeente: e.meta.gemeente,
          uitvoeringsorganisatie: data.uitvoeringsorganisatie,
          doelgroep: data.doelgroep,
          occurredAt: e.meta.occurredAt,
        },
        oorzaakVan(e),
      );
    },
    [UitvoeringsorganisatieGewijzigd.detailType]: async (e: Envelope) => {
      const data = e.data as EventData<typeof UitvoeringsorganisatieGewijzigd>;
      await verwerkToewijzing(
        losOp(bron),
        {
          inburgeraarId: e.meta.inburgeraarId,
          gemeente: e.meta.gemeente,
          uitvoeringsorganisatie: data.naar,
          van: data.van,
          occurredAt: e.meta.occurredAt,
        },
        oorzaakVan(e),
      );
    },
    [InburgeraarVerhuisd.detailType]: async (e: Envelope) => {
      const data = e.data as EventData<typeof InburgeraarVerhuisd>;
      await verwerkVerhuizing(losOp(bron), e.meta.inburgeraarId, { ...data, occurredAt: e.meta.occurredAt });
    },
    [BegeleidersGewijzigd.detailType]: async (e: Envelope) => {
      const data = e.data as EventData<typeof BegeleidersGewijzigd>;
      await verwerkBegeleiders(losOp(bron), e.meta.inburgeraarId, data);
    },
  };
  // Fact by fact; a migration's batch (POST .../historie) as one batch, one write of the staat per part.
  for (const contract of VOORTGANG_EVENTS) {
    handlers[contract.detailType] = async (e: Envelope) => {
      await verwerkVoortgangEvent(losOp(bron), contract, e);
    };
  }
  for (const { contract, soort } of MIJLPAAL_EVENTS) {
    handlers[contract.detailType] = async (e: Envelope) => {
      await verwerkVoortgang(losOp(bron), naarMijlpaalFeit(contract, soort, e));
    };
  }
  // In AWS the broker's events come through an SQS FIFO queue (message group: the inburgeraar); locally from the bus.
  return viaSqsFifo(eventConsumer({ handlers, dedupe: structureelIdempotent(bron) }));
}

export const handler = createConsumer(defaultDeps());
