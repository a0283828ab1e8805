import { AanmeldingGeregistreerd, type Doelgroep, type Rol, UitvoeringsorganisatieGewijzigd } from '@wegwijs/contracts';
import { type Clock, createPublisher, event } from '@wegwijs/lambda-kit';
import type { BusEvent } from '@wegwijs/local-kit';
import { PROFIELEN, uitvoeringsorganisatieVoor } from '@wegwijs/profielen';
import { gebruik, type HttpLambda, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import { ulid } from 'ulid';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { regeldagTabel } from '../src/tabel';

export const klok: Clock = { now: () => new Date('2026-03-12T09:00:00.000Z') };

export interface Opzet {
  omgeving: TestOmgeving;
  handler: HttpLambda;
  /** Every event the regeldag context published, as its consumers (begeleiding, the consent broker) receive it. */
  gezien: BusEvent[];
  token(rol: Rol, gemeenten?: string[], org?: string, sub?: string): Promise<string>;
  /** Publishes AanmeldingGeregistreerd as the aanmelding context does and waits until this context applied it. */
  meldAan(gemeente?: string, doelgroep?: Doelgroep, occurredAt?: string): Promise<string>;
  /** Publishes UitvoeringsorganisatieGewijzigd and waits until this context applied it. */
  wijsToe(inburgeraarId: string, gemeente: string, van: string, naar: string, occurredAt?: string): Promise<void>;
}

const metaVan = (gemeente: string, inburgeraarId: string) => ({
  gemeente,
  inburgeraarId,
  actor: { rol: 'inburgeringsconsulent' as const, org: `gemeente-${gemeente}` },
  correlationId: `test-${inburgeraarId}`,
});

const voor = (id: string) => (e: BusEvent) =>
  (e.detail as { meta: { inburgeraarId: string } }).meta.inburgeraarId === id;

export async function zetOp(): Promise<Opzet> {
  const omgeving = await startTestOmgeving({ tabellen: [regeldagTabel] });
  gebruik(omgeving, 'regeldag');
  const handler = createHttpHandler(defaultDeps({ clock: klok }));
  const gezien: BusEvent[] = [];
  omgeving.bus.register('regeldag', createConsumer(defaultDeps({ clock: klok })));
  // An event both consume (RegeldagGepland, OpstartfaseAfgerond: begeleiding and the broker) is recorded once.
  const idVan = (e: BusEvent) => (e.detail as { meta: { id: string } }).meta.id;
  const neem = async (e: BusEvent) => {
    if (!gezien.some((g) => idVan(g) === idVan(e))) gezien.push(e);
  };
  omgeving.bus.register('begeleiding', neem);
  omgeving.bus.register('toestemming', neem);
  const aanmelding = (occurredAt: string) =>
    createPublisher({ busName: omgeving.bus.busName, clock: { now: () => new Date(occurredAt) } });
  return {
    omgeving,
    handler,
    gezien,
    token: (rol, gemeenten = ['0518'], org, sub = `${rol}-1`) =>
      omgeving.token({ sub, rol, ...(gemeenten.length ? { gemeenten } : {}), ...(org ? { org } : {}) }),
    async meldAan(gemeente = '0518', doelgroep = 'asielstatushouder', occurredAt = '2026-01-15T10:00:00.000Z') {
      const profiel = PROFIELEN.get(gemeente);
      const org = profiel && uitvoeringsorganisatieVoor(profiel, doelgroep);
      if (!org) throw new Error(`${gemeente} does not serve ${doelgroep}`);
      const id = ulid();
      const toegepast = omgeving.bus.waitFor('regeldag', AanmeldingGeregistreerd.detailType, voor(id));
      await aanmelding(occurredAt).publish(
        event(AanmeldingGeregistreerd, metaVan(gemeente, id), {
          doelgroep,
          uitvoeringsorganisatie: org,
          koppelingsdatum: '2026-01-15',
        }),
      );
      await toegepast;
      return id;
    },
    async wijsToe(inburgeraarId, gemeente, van, naar, occurredAt = '2026-02-01T10:00:00.000Z') {
      const toegepast = omgeving.bus.waitFor(
        'regeldag',
        UitvoeringsorganisatieGewijzigd.detailType,
        voor(inburgeraarId),
      );
      await aanmelding(occurredAt).publish(
        event(UitvoeringsorganisatieGewijzigd, metaVan(gemeente, inburgeraarId), { van, naar, datum: '2026-02-01' }),
      );
      await toegepast;
    },
  };
}

/** The events of one inburgeraar seen on the bus, by detail-type. */
export const eventsVan = (gezien: readonly BusEvent[], inburgeraarId: string, detailType: string) =>
  gezien
    .filter((e) => voor(inburgeraarId)(e) && e['detail-type'] === detailType)
    .map((e) => e.detail as { meta: Record<string, unknown>; data: Record<string, unknown> });
