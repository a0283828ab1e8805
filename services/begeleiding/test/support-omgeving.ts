import {
  AanmeldingGeregistreerd,
  type EventContract,
  type EventData,
  type Rol,
  WoningToegewezen,
} from '@wegwijs/contracts';
import { apiGatewayEvent, type BusEvent } from '@wegwijs/local-kit';
import { profielVan } from '@wegwijs/profielen';
import { gebruik, lambdaContext, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import type { EventBridgeEvent } from 'aws-lambda';
import { ulid } from 'ulid';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { createPlanner } from '../src/handlers/planner';
import { begeleidingTabel } from '../src/tabel';

/** A clock the test moves by hand. */
export const klok = { dag: '2025-05-01', now: () => new Date(`${klok.dag}T10:00:00.000Z`) };

export interface Opstelling {
  omgeving: TestOmgeving;
  http: ReturnType<typeof createHttpHandler>;
  consumer: ReturnType<typeof createConsumer>;
  planner: ReturnType<typeof createPlanner>;
  /** Every event the bus delivered to the consent broker (the only consumer of begeleiding's voortgang events). */
  gepubliceerd: BusEvent[];
}

/** dynalite, the local bus and the dev issuer, with begeleiding's consumer registered on the bus. */
export async function startOpstelling(): Promise<Opstelling> {
  const omgeving = await startTestOmgeving({ tabellen: [begeleidingTabel] });
  gebruik(omgeving, 'begeleiding');
  const consumer = createConsumer(defaultDeps({ clock: klok }));
  const gepubliceerd: BusEvent[] = [];
  omgeving.bus.register('begeleiding', (e) => consumer(e));
  omgeving.bus.register('toestemming', async (e) => {
    gepubliceerd.push(e);
  });
  return {
    omgeving,
    http: createHttpHandler(defaultDeps({ clock: klok })),
    consumer,
    planner: createPlanner(defaultDeps({ clock: klok })),
    gepubliceerd,
  };
}

/** The EventBridge event another context would publish. */
export function bronEvent<E extends EventContract>(
  contract: E,
  meta: { inburgeraarId: string; gemeente: string; occurredAt?: string },
  data: EventData<E>,
): EventBridgeEvent<string, unknown> {
  return {
    version: '0',
    id: ulid(),
    'detail-type': contract.detailType,
    source: contract.source,
    account: '000000000000',
    time: new Date().toISOString(),
    region: 'eu-west-1',
    resources: [],
    detail: {
      meta: {
        id: ulid(),
        occurredAt: meta.occurredAt ?? new Date().toISOString(),
        gemeente: meta.gemeente,
        inburgeraarId: meta.inburgeraarId,
        actor: { org: `gemeente-${meta.gemeente}`, rol: 'inburgeringsconsulent', sub: 'consulent-1' },
        correlationId: ulid(),
      },
      data,
    },
  };
}

export const organisatieVan = (cbs: string) => profielVan(cbs)?.uitvoeringsorganisatie ?? 'onbekend';

/** Registers an inburgeraar in a gemeente through the consumer: aanmelding and, when given, woningtoewijzing. */
export async function meldAan(
  o: Opstelling,
  cbs: string,
  opties: { koppeling?: string; woning?: string } = {},
): Promise<string> {
  const inburgeraarId = `ib-${ulid()}`;
  const meta = { inburgeraarId, gemeente: cbs };
  await o.consumer(
    bronEvent(AanmeldingGeregistreerd, meta, {
      doelgroep: 'asielstatushouder',
      uitvoeringsorganisatie: organisatieVan(cbs),
      koppelingsdatum: opties.koppeling ?? '2025-01-10',
    }),
  );
  if (opties.woning) await o.consumer(bronEvent(WoningToegewezen, meta, { datum: opties.woning }));
  return inburgeraarId;
}

export const begeleiderToken = (o: Opstelling, cbs: string, rol: Rol = 'maatschappelijk-begeleider', org?: string) =>
  o.omgeving.token({ sub: `mb-${rol}`, rol, org: org ?? organisatieVan(cbs), gemeenten: [cbs] });
export const consulentToken = (o: Opstelling, cbs: string) =>
  o.omgeving.token({ sub: 'consulent-1', rol: 'inburgeringsconsulent', org: `gemeente-${cbs}`, gemeenten: [cbs] });
export const inburgeraarToken = (o: Opstelling, inburgeraarId: string) =>
  o.omgeving.token({ sub: inburgeraarId, rol: 'inburgeraar' });

export const eventsVan = (o: Opstelling, inburgeraarId: string, detailType?: string) =>
  o.gepubliceerd.filter(
    (e) =>
      (e.detail as { meta: { inburgeraarId: string } }).meta.inburgeraarId === inburgeraarId &&
      (!detailType || e['detail-type'] === detailType),
  );

export const detail = (e: BusEvent | undefined) =>
  e?.detail as {
    meta: { categorie?: string; actor: { org?: string }; inburgeraarId: string };
    data: Record<string, unknown>;
  };

/** Like `roep`, with a query string (roep of @wegwijs/test-helpers passes none yet). */
export async function roepLijst(o: Opstelling, routePath: string, token?: string, query?: string) {
  const event = apiGatewayEvent({
    method: 'GET',
    routePath,
    rawPath: routePath,
    ...(query ? { query } : {}),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const res = (await o.http(event, lambdaContext())) as { statusCode: number; body?: string };
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in tests
  return { status: res.statusCode, body: (res.body ? JSON.parse(res.body) : undefined) as any };
}
