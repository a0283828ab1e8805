import {
  AanmeldingGeregistreerd,
  type EventContract,
  type EventData,
  type MeetmomentVastgelegd,
} from '@wegwijs/contracts';
import { createPublisher, event, type MetaInput } from '@wegwijs/lambda-kit';
import { gebruik, roep, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import type { BrokerDeps } from '../../src/app/deps';
import { createConsumer } from '../../src/handlers/consumer';
import { defaultDeps } from '../../src/handlers/deps';
import { createHttpHandler } from '../../src/handlers/http';
import { toestemmingTabel } from '../../src/tabel';

export const ROUTES = {
  toestemmingen: '/v1/inburgeraars/{id}/toestemmingen',
  intrekking: '/v1/inburgeraars/{id}/toestemmingen/{toestemmingId}/intrekking',
  voortgang: '/v1/inburgeraars/{id}/voortgang',
  verwerkingen: '/v1/inburgeraars/{id}/verwerkingen',
};

/** dynalite + local bus + dev issuer, with the broker's consumer on the bus and its HTTP handler (`gegeven` ports). */
export async function brokerOmgeving(gegeven: Partial<BrokerDeps> = {}) {
  const omgeving: TestOmgeving = await startTestOmgeving({ tabellen: [toestemmingTabel] });
  gebruik(omgeving, 'toestemming');
  const deps = defaultDeps(gegeven);
  const consumer = createConsumer(deps);
  omgeving.bus.register('toestemming', consumer);
  const http = createHttpHandler(deps);
  const publisher = createPublisher({ busName: omgeving.bus.busName });
  let n = 0;
  const meta = (inburgeraarId: string, org: string, gemeente = '0518'): MetaInput => ({
    gemeente,
    inburgeraarId,
    actor: { org, rol: 'maatschappelijk-begeleider' },
    correlationId: `c-${++n}`,
  });
  return {
    omgeving,
    deps,
    consumer,
    http,
    publisher,
    meta,
    /** Registers an inburgeraar with the broker (AanmeldingGeregistreerd through the bus). */
    async aanmelden(inburgeraarId: string, org = 'vluchtelingenwerk', gemeente = '0518', occurredAt?: string) {
      await publisher.publish({
        ...event(
          AanmeldingGeregistreerd,
          { ...meta(inburgeraarId, `gemeente-${gemeente}`, gemeente), actor: { rol: 'inburgeringsconsulent' } },
          {
            doelgroep: 'asielstatushouder',
            uitvoeringsorganisatie: org,
            koppelingsdatum: '2026-01-05',
          },
        ),
        ...(occurredAt ? { occurredAt } : {}),
      });
      await omgeving.bus.idle();
    },
    async stuur<E extends EventContract>(
      contract: E,
      inburgeraarId: string,
      org: string,
      data: EventData<E>,
      occurredAt?: string,
    ) {
      await publisher.publish({
        ...event(contract, meta(inburgeraarId, org), data),
        ...(occurredAt ? { occurredAt } : {}),
      });
      await omgeving.bus.idle();
    },
    token: omgeving.token,
    roep: (req: Parameters<typeof roep>[1]) => roep(http, req),
  };
}

export type BrokerOmgeving = Awaited<ReturnType<typeof brokerOmgeving>>;
export const meetmoment = (id: string): EventData<typeof MeetmomentVastgelegd> => ({
  meetmomentId: id,
  datum: '2026-04-01',
  scores: { wonen: 3 },
  toelichting: 'vertrouwelijk',
});

export const body = (extra: Record<string, unknown> = {}) => ({
  ontvanger: { gemeente: '0518' },
  categorieen: ['zelfredzaamheid'],
  doel: 'regie',
  taal: 'ar',
  tekstversie: 'v1',
  ...extra,
});
