import {
  AanmeldingGeregistreerd,
  type BeslissingAntwoord,
  type BeslissingVerzoek,
  type Categorie,
  type Rol,
  UitvoeringsorganisatieGewijzigd,
} from '@wegwijs/contracts';
import { createPublisher, event, type OutgoingEvent, type Publisher } from '@wegwijs/lambda-kit';
import { apiGatewayEvent, type BusEvent } from '@wegwijs/local-kit';
import { gebruik, type HttpLambda, lambdaContext, startTestOmgeving, type TestOmgeving } from '@wegwijs/test-helpers';
import type { SociaalDeps } from '../../src/app/deps';
import { handler as consumer } from '../../src/handlers/consumer';
import { defaultDeps } from '../../src/handlers/deps';
import { createHttpHandler } from '../../src/handlers/http';
import { sociaalDomeinTabel } from '../../src/tabel';

/** A consent as the test decision function knows it (the real decision logic is the broker's). */
export interface TestToestemming {
  toestemmingId: string;
  gemeente: string;
  categorieen: Categorie[];
  expliciet: boolean;
}

export interface Opstelling {
  omgeving: TestOmgeving;
  handler: HttpLambda;
  /** Every event the consent broker (toestemming) received. */
  naarBroker: BusEvent[];
  /** Every event the handler under test published, in order. */
  gepubliceerd: OutgoingEvent[];
  verzoeken: BeslissingVerzoek[];
  toestemmingen: Map<string, TestToestemming[]>;
  aanmelden(gemeente: string, org: string, inburgeraarId?: string): Promise<string>;
  wijzigOrg(inburgeraarId: string, gemeente: string, van: string, naar: string): Promise<void>;
  token(rol: Rol, opts?: { org?: string; gemeenten?: string[]; sub?: string }): Promise<string>;
  maakHandler(overrides: Partial<SociaalDeps>): HttpLambda;
}

/** A stand-in for the broker's decision point, registered on the local Lambda endpoint under the env's name. */
function testBeslissing(toestemmingen: Map<string, TestToestemming[]>, verzoeken: BeslissingVerzoek[]) {
  return async (payload: unknown): Promise<BeslissingAntwoord> => {
    const v = payload as BeslissingVerzoek;
    verzoeken.push(v);
    if (v.wettelijkePlicht) return { besluit: 'permit', grondslag: 'wettelijke-plicht', reden: 'meldcode' };
    const dekkend = (toestemmingen.get(v.inburgeraarId) ?? []).find(
      (t) =>
        t.gemeente === v.gemeente && t.categorieen.includes(v.categorie) && (v.categorie !== 'signalen' || t.expliciet),
    );
    return dekkend
      ? { besluit: 'permit', grondslag: 'toestemming', toestemmingId: dekkend.toestemmingId, reden: 'toestemming' }
      : { besluit: 'deny', reden: 'geen dekkende toestemming' };
  };
}

let teller = 0;

export async function startOpstelling(): Promise<Opstelling> {
  const omgeving = await startTestOmgeving({ tabellen: [sociaalDomeinTabel] });
  gebruik(omgeving, 'sociaal-domein');
  const naarBroker: BusEvent[] = [];
  const gepubliceerd: OutgoingEvent[] = [];
  const verzoeken: BeslissingVerzoek[] = [];
  const toestemmingen = new Map<string, TestToestemming[]>();
  omgeving.bus.register('sociaal-domein', consumer);
  omgeving.bus.register('toestemming', async (e) => {
    naarBroker.push(e);
  });
  omgeving.aws.registerFunction('toestemming-beslissing', testBeslissing(toestemmingen, verzoeken));
  const bron = createPublisher({ busName: omgeving.bus.busName });
  const opnemend = (p: Publisher): Publisher => ({
    publish: async (...events) => {
      await p.publish(...events);
      gepubliceerd.push(...events);
    },
  });
  const maakHandler = (overrides: Partial<SociaalDeps>) => {
    const publisher = opnemend(overrides.publisher ?? defaultDeps()().publisher);
    return createHttpHandler(defaultDeps({ ...overrides, publisher }));
  };
  const verwerkt = (detailType: string, inburgeraarId: string) =>
    omgeving.bus.waitFor(
      'sociaal-domein',
      detailType,
      (e) => (e.detail as { meta: { inburgeraarId: string } }).meta.inburgeraarId === inburgeraarId,
    );
  const meta = (gemeente: string, inburgeraarId: string) => ({
    gemeente,
    inburgeraarId,
    actor: { rol: 'inburgeringsconsulent' as const, org: `gemeente-${gemeente}` },
    correlationId: `test-${inburgeraarId}`,
  });
  return {
    omgeving,
    handler: maakHandler({}),
    naarBroker,
    gepubliceerd,
    verzoeken,
    toestemmingen,
    maakHandler,
    async aanmelden(gemeente, org, inburgeraarId = `inb-${++teller}-${Date.now().toString(36)}`) {
      const klaar = verwerkt(AanmeldingGeregistreerd.detailType, inburgeraarId);
      await bron.publish(
        event(AanmeldingGeregistreerd, meta(gemeente, inburgeraarId), {
          doelgroep: 'asielstatushouder',
          uitvoeringsorganisatie: org,
          koppelingsdatum: '2026-01-05',
        }),
      );
      await klaar;
      return inburgeraarId;
    },
    async wijzigOrg(inburgeraarId, gemeente, van, naar) {
      const klaar = verwerkt(UitvoeringsorganisatieGewijzigd.detailType, inburgeraarId);
      await bron.publish(
        event(UitvoeringsorganisatieGewijzigd, meta(gemeente, inburgeraarId), { van, naar, datum: '2026-03-01' }),
      );
      await klaar;
    },
    token: (rol, opts = {}) =>
      omgeving.token({
        sub: opts.sub ?? `${rol}-1`,
        rol,
        ...(opts.org ? { org: opts.org } : {}),
        gemeenten: opts.gemeenten ?? [],
      }),
  };
}

export const detailVan = (e: BusEvent) => e.detail as { meta: Record<string, unknown>; data: Record<string, unknown> };

/** `roep` with a query string (the shared helper passes none): the same API Gateway v2 event, parsed the same way. */
export async function roepMetQuery(
  handler: HttpLambda,
  req: { routePath: string; params: Record<string, string>; query: string; token?: string },
) {
  const rawPath = req.routePath.replace(/\{(\w+)\}/g, (_, naam: string) => encodeURIComponent(req.params[naam] ?? ''));
  const result = await handler(
    apiGatewayEvent({
      method: 'GET',
      routePath: req.routePath,
      rawPath,
      pathParameters: req.params,
      query: req.query,
      headers: req.token ? { authorization: `Bearer ${req.token}` } : {},
    }),
    lambdaContext(),
  );
  if (typeof result === 'string') throw new Error('unexpected string result');
  return { status: result.statusCode ?? 200, headers: result.headers, body: JSON.parse(result.body ?? 'null') };
}
