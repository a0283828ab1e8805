import { type Doelgroep, heeftKoppeling, type Rol } from '@wegwijs/contracts';
import type { Clock } from '@wegwijs/lambda-kit';
import type { BusEvent } from '@wegwijs/local-kit';
import { apiGatewayEvent } from '@wegwijs/local-kit';
import {
  gebruik,
  type HttpLambda,
  lambdaContext,
  roep,
  startTestOmgeving,
  type TestOmgeving,
} from '@wegwijs/test-helpers';
import { createConsumer } from '../src/handlers/consumer';
import { defaultDeps } from '../src/handlers/deps';
import { createHttpHandler } from '../src/handlers/http';
import { aanmeldingTabel } from '../src/tabel';

export const VANDAAG = '2026-02-14';
export const klok: Clock = { now: () => new Date(`${VANDAAG}T10:00:00.000Z`) };

export interface Opzet {
  omgeving: TestOmgeving;
  handler: HttpLambda;
  /** Every event the aanmelding context published, as the begeleiding consumer would receive it. */
  gezien: BusEvent[];
  token(rol: Rol, gemeenten?: string[], org?: string, sub?: string): Promise<string>;
  meldAan(gemeente?: string, doelgroep?: Doelgroep, koppelingsdatum?: string): Promise<string>;
}

export const persoon = { voornaam: 'Amal', achternaam: 'Haddad', geboortedatum: '1990-05-01', talen: ['ar', 'en'] };

export const aanmeldingVoor = (
  gemeente: string,
  doelgroep: Doelgroep = 'asielstatushouder',
  koppeling = '2026-01-15',
) => ({
  gemeente,
  doelgroep,
  persoon,
  // Only a doelgroep with a COA koppeling has a koppelingsdatum (report 4.4).
  ...(heeftKoppeling(doelgroep) ? { koppelingsdatum: koppeling } : {}),
});

/** dynalite, the local bus (with the aanmelding consumer and a recorder in the place of begeleiding) and the handler. */
export async function zetOp(): Promise<Opzet> {
  const omgeving = await startTestOmgeving({ tabellen: [aanmeldingTabel] });
  gebruik(omgeving, 'aanmelding');
  const handler = createHttpHandler(defaultDeps({ clock: klok }));
  const gezien: BusEvent[] = [];
  omgeving.bus.register('aanmelding', createConsumer(defaultDeps({ clock: klok })));
  omgeving.bus.register('begeleiding', async (e) => void gezien.push(e));
  const token: Opzet['token'] = (rol, gemeenten = ['0518'], org, sub = `${rol}-1`) =>
    omgeving.token({ sub, rol, ...(gemeenten.length ? { gemeenten } : {}), ...(org ? { org } : {}) });
  return {
    omgeving,
    handler,
    gezien,
    token,
    async meldAan(gemeente = '0518', doelgroep = 'asielstatushouder', koppeling = '2026-01-15') {
      const res = await roep(handler, {
        method: 'POST',
        routePath: '/v1/aanmeldingen',
        body: aanmeldingVoor(gemeente, doelgroep, koppeling),
        token: await token('inburgeringsconsulent', [gemeente], `gemeente-${gemeente}`),
      });
      if (res.status !== 201) throw new Error(`aanmelding failed: ${res.status}`);
      return res.body.inburgeraarId as string;
    },
  };
}

/** The events of one inburgeraar seen on the bus, by detail-type. */
export const eventsVan = (gezien: readonly BusEvent[], inburgeraarId: string, detailType?: string) =>
  gezien.filter(
    (e) =>
      (e.detail as { meta: { inburgeraarId: string } }).meta.inburgeraarId === inburgeraarId &&
      (detailType === undefined || e['detail-type'] === detailType),
  );

/** A GET with a query string (`roep` of the test helpers passes none). */
export async function roepMetQuery(handler: HttpLambda, routePath: string, query: string, token: string) {
  const result = await handler(
    apiGatewayEvent({
      method: 'GET',
      routePath,
      rawPath: routePath,
      query,
      headers: { authorization: `Bearer ${token}` },
    }),
    lambdaContext(),
  );
  if (typeof result === 'string') throw new Error('unexpected string result');
  return { status: result.statusCode ?? 200, body: JSON.parse(result.body ?? 'null') };
}
