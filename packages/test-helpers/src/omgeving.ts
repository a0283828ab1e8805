import { EVENT_ROUTES, isGemeenteRol } from '@wegwijs/contracts';
import { maakTabel, type TabelDefinitie } from '@wegwijs/lambda-kit';
import {
  createDevIssuer,
  type DevIssuer,
  type DevTokenBody,
  functieEnv,
  type LocalAwsEndpoint,
  type LocalDynamo,
  LocalEventBus,
  lokaleConfig,
  perInburgeraar,
  startAwsEndpoint,
  startDynalite,
  tabelNaam,
} from '@wegwijs/local-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';

export interface TestOmgeving {
  dynamo: LocalDynamo;
  bus: LocalEventBus;
  aws: LocalAwsEndpoint;
  issuer: DevIssuer;
  config: DeploymentConfig;
  /** Table name of a context in this environment. */
  tabel(context: string): string;
  /** Mints a token; a gemeente role without `org` gets its gemeente's (`gemeente-<first cbs>`), as API.md requires. */
  token(claims: DevTokenBody): Promise<string>;
  stop(): Promise<void>;
}

/** A gemeente role always carries `org` = `gemeente-<cbs>` (API.md, Tokens); tests may leave it implied. */
export const metGemeenteOrg = (claims: DevTokenBody): DevTokenBody =>
  claims.org === undefined && isGemeenteRol(claims.rol) && claims.gemeenten?.[0]
    ? { ...claims, org: `gemeente-${claims.gemeenten[0]}` }
    : claims;

/**
 * An integration environment in this process: dynalite, the local event bus with its PutEvents endpoint, and a
 * development issuer whose keys the deployment config trusts. `gebruik` sets process.env for one service, so that the
 * handlers under test run with the variables they get in Lambda.
 */
export async function startTestOmgeving(options: { tabellen?: readonly TabelDefinitie[] } = {}): Promise<TestOmgeving> {
  const dynamo = await startDynalite();
  const bus = new LocalEventBus({
    routes: EVENT_ROUTES,
    maxAttempts: 3,
    backoffMs: () => 5,
    perSleutel: perInburgeraar(EVENT_ROUTES),
  });
  const aws = await startAwsEndpoint(bus);
  const issuer = await createDevIssuer({ iss: 'https://wegwijs.test/issuer' });
  const config = lokaleConfig({ iss: issuer.iss, jwks: issuer.jwks as { keys: Record<string, unknown>[] } });
  const tabel = (context: string) => tabelNaam('test', context);
  for (const def of options.tabellen ?? []) await maakTabel(dynamo.client, def, tabel(def.naam));
  return {
    dynamo,
    bus,
    aws,
    issuer,
    config,
    tabel,
    token: (claims) => issuer.mint(metGemeenteOrg(claims)),
    async stop() {
      await bus.idle();
      await aws.close();
      await dynamo.stop();
    },
  };
}

/** Sets process.env as Lambda would for a function of `service` (call before the handler's first invocation). */
export function gebruik(omgeving: TestOmgeving, service: string, metTabel = true): void {
  Object.assign(
    process.env,
    functieEnv({
      endpoints: { dynamo: omgeving.dynamo.endpoint, aws: omgeving.aws.url },
      config: omgeving.config,
      eventBus: omgeving.bus.busName,
      service,
      ...(metTabel ? { tabel: omgeving.tabel(service) } : {}),
    }),
  );
}
