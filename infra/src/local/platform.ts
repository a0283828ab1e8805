import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { EVENT_ROUTES, functieId, probleemTitel } from '@wegwijs/contracts';
import { maakTabel } from '@wegwijs/lambda-kit';
import {
  createDevIssuer,
  type DeadLetter,
  type DevIssuer,
  functieEnv,
  type LocalDynamo,
  LocalEventBus,
  LokaleAlarmen,
  lokaleConfig,
  perInburgeraar,
  startAwsEndpoint,
  startDynalite,
  tabelNaam,
  type VerzoekLuisteraar,
} from '@wegwijs/local-kit';
import type { LokaleOidc } from '@wegwijs/local-kit/oidc-provider';
import type { DeploymentConfig } from '@wegwijs/profielen';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { ALARM_EVENTS, alarmTekst } from '../alarm-events';
import { SERVICE_MANIFESTS } from '../services';
import { FunctieFout, type ServiceHost, startServiceHost } from './function-host';
import { createGateway } from './gateway';

export interface LocalPlatformOptions {
  port?: number;
  host?: string;
  /** Where dynalite keeps its data and the dev issuer its key; default `.wegwijs-data`. */
  dataDir?: string;
  /** A throwaway store: nothing is written to disk. */
  inMemory?: boolean;
  /** How often the scheduled (planner) functions run; default five minutes. */
  plannerIntervalMs?: number;
  /** How often the outbox relays sweep for events that stayed unsent; default two seconds. */
  relayIntervalMs?: number;
  /** Deliver events one at a time (measurements only; see LocalEventBusOptions.serieel). */
  serieleBezorging?: boolean;
  log?: (message: string) => void;
  /** Receives every line the functions log (default: this process's output). */
  onFunctionLog?: (line: string) => void;
  /** Powertools log level of the functions (default: inherited, else INFO). */
  logLevel?: string;
  /** The time the platform's clock starts at (as `POST /dev/klok` sets it), before any function runs. */
  klok?: Date;
  /** The access log's signalering threshold: distinct dossiers per user per hour (default: the deployment's). */
  drempelDossiersPerUur?: number;
  /**
   * Fault hook for crash tests (local only): a `persoon` function by this id (e.g. `sociaal-domein-persoon`) destroys
   * when invoked, then its answer is held for ever, and `held <id>` is logged: the caller is stopped part-way through
   * a destruction at a known point, so that a test can kill the platform there.
   */
  houdVastNaVernietiging?: string;
  /**
   * Issue 23: serve only these gemeenten (default: all thirteen), so that two platforms stand in for two deployments
   * (a move from one to the other is handed over between them).
   */
  gemeenten?: readonly string[];
  /** Issue 23: the other deployments moves go to (`ontvangers`) and come from (`afzenders`, with their public keys). */
  verhuizing?: DeploymentConfig['verhuizing'];
  /** Issue 23: the private JWK (EC P-256) this platform signs hand-overs with; default one generated at start. */
  verhuizingSleutel?: Record<string, unknown>;
}

export interface LocalPlatform {
  url: string;
  port: number;
  issuer: DevIssuer;
  bus: LocalEventBus;
  dynamo: LocalDynamo;
  config: DeploymentConfig;
  /** The alarms a deployed stack would send to its topic (`GET /dev/alarmen`); `alarmen.meld` raises one. */
  alarmen: LokaleAlarmen;
  /**
   * Observes every AWS request the functions make: DynamoDB operations (dynalite) and PutEvents / Invoke (the local
   * AWS endpoint), each with the sending service. Answers the unsubscribe.
   */
  luister(luisteraar: VerzoekLuisteraar): () => void;
  /** Resolves when every pending event delivery is done. */
  settled(): Promise<void>;
  /**
   * The time every function sees and the dev issuer mints tokens at (`POST /dev/klok`): from `nu` on it runs on with
   * the system's clock; `undefined` resets it to the system's time.
   */
  zetKlok(nu: Date | undefined): void;
  stop(): Promise<void>;
}

export const DEPLOYMENT = 'lokaal';
export const LOCAL_ISSUER = 'wegwijs-lokaal';
/** The secret holding the portaal's private client key (WEGWIJS_PORTAAL_SLEUTEL), as a deployment names its own. */
export const PORTAAL_SLEUTEL_SECRET = 'wegwijs-lokaal/portaal-sleutel';
/** The secret holding the key hand-overs of moves are signed with (WEGWIJS_VERHUIZING_SLEUTEL, issue 23). */
export const VERHUIZING_SLEUTEL_SECRET = 'wegwijs-lokaal/verhuizing-sleutel';

/** The local configuration narrowed to some gemeenten: their organisations and profile fields only. */
function alleenGemeenten(config: DeploymentConfig, gemeenten: readonly string[]): DeploymentConfig {
  const hier = (g: string) => gemeenten.includes(g);
  return {
    ...config,
    gemeenten: [...gemeenten],
    organisaties: config.organisaties
      .filter((o) => o.gemeenten.some(hier))
      .map((o) => ({ ...o, gemeenten: o.gemeenten.filter(hier) })),
    ...(config.profielen
      ? { profielen: Object.fromEntries(Object.entries(config.profielen).filter(([g]) => hier(g))) }
      : {}),
  };
}

/**
 * The whole platform on one machine: dynalite as DynamoDB, the local EventBridge (and Lambda Invoke) endpoint for
 * the real SDK clients, every service's functions in worker threads, and the HTTP gateway with the dev issuer.
 */
export async function startLocalPlatform(options: LocalPlatformOptions = {}): Promise<LocalPlatform> {
  const log = options.log ?? (() => undefined);
  const inMemory = options.inMemory ?? false;
  const dataDir = resolve(options.dataDir ?? '.wegwijs-data');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });

  const dynamo = await startDynalite(inMemory ? {} : { path: join(dataDir, 'dynamodb') });
  // The stand-in for the stack's alarm topic: the same alarms, raised by the same events (docs/SECURITY.md).
  const alarmen = new LokaleAlarmen({
    nu: () => new Date(Date.now() + (klokVerschuivingMs ?? 0)),
    ...(inMemory ? {} : { bestand: join(dataDir, 'alarmen.jsonl') }),
  });
  const alarmNaam = (wat: string) => `wegwijs-${DEPLOYMENT}-${wat}`;
  const bus = new LocalEventBus({
    routes: EVENT_ROUTES,
    busName: `wegwijs-${DEPLOYMENT}`,
    perSleutel: perInburgeraar(EVENT_ROUTES),
    ...(inMemory
      ? {}
      : { journal: join(dataDir, 'event-bus.jsonl'), deadLetterFile: join(dataDir, 'dead-letters.jsonl') }),
    ...(options.serieleBezorging ? { serieel: true } : {}),
    // The events that are alarms in themselves (the access log's signaleringen), as the stack's rule to its topic.
    onEvent: (event) => {
      const a = ALARM_EVENTS.find(
        (x) =>
          x.contract.detailType === event['detail-type'] &&
          (x.contract.bronnen as readonly string[]).includes(event.source),
      );
      if (a) alarmen.meld(alarmNaam(a.alarm), alarmTekst(a.tekst, event.detail));
    },
    onDeadLetter: (record: DeadLetter) => {
      log(
        `dead letter ${record.id}: ${record.event['detail-type']} for ${record.consumer} after ${record.attempts} attempts (${record.errorName})`,
      );
      alarmen.meld(
        alarmNaam(`${record.consumer}-dead-letters`),
        `Dead letter: ${record.event['detail-type']} (${record.event.id}) for ${record.consumer} after ${record.attempts} attempts (${record.errorName}).`,
      );
    },
  });
  // A function's meldAlarm (SNS Publish to WEGWIJS_ALARM_TOPIC) lands with the platform's own alarms.
  const aws = await startAwsEndpoint(bus, 0, (bericht) =>
    alarmen.meld(bericht.subject ?? alarmNaam('melding'), bericht.message),
  );
  // The local clock (`POST /dev/klok`): a shift from the system's time, given to every function's worker.
  let klokVerschuivingMs: number | undefined =
    options.klok === undefined ? undefined : options.klok.getTime() - Date.now();
  const hosts = new Map<string, ServiceHost>();
  const zetKlok = (nu: Date | undefined) => {
    klokVerschuivingMs = nu === undefined ? undefined : nu.getTime() - Date.now();
    for (const host of hosts.values()) host.zetKlok(klokVerschuivingMs);
  };
  const issuer = await createDevIssuer({
    iss: LOCAL_ISSUER,
    nu: () => new Date(Date.now() + (klokVerschuivingMs ?? 0)),
    ...(inMemory ? {} : { keyFile: join(dataDir, 'dev-issuer-key.json') }),
  });

  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => {
    markReady = r;
  });
  const runPlanners = async () => {
    await Promise.all(
      [...hosts.values()]
        .filter((h) => h.functies.includes('planner'))
        .map((h) =>
          h
            .invoke('planner', { source: 'wegwijs.lokaal', 'detail-type': 'Scheduled Event', detail: {} })
            .catch(() => undefined),
        ),
    );
  };
  let oidc: LokaleOidc | undefined;
  let relaysBezig: Promise<unknown> | undefined;
  const runRelays = (detail: { rustMs?: number } = {}) => {
    // One sweep at a time; a sweep that finds nothing is one query on an empty sparse index per context.
    relaysBezig ??= Promise.all(
      [...hosts.values()]
        .filter((h) => h.functies.includes('relay'))
        .map((h) => h.invoke('relay', { source: 'wegwijs.lokaal', 'detail-type': 'Relay', detail }).catch(() => 0)),
    ).finally(() => {
      relaysBezig = undefined;
    });
    return relaysBezig;
  };
  const gateway = createGateway({
    issuer,
    oidc: () => oidc,
    async invokeHttp(service, event) {
      await ready;
      const host = hosts.get(service);
      if (!host?.functies.includes('http')) {
        return {
          statusCode: 503,
          headers: { 'content-type': 'application/problem+json' },
          body: JSON.stringify({
            type: 'https://wegwijs.nl/problemen/niet-beschikbaar',
            title: probleemTitel(503),
            status: 503,
            detail: `De dienst ${service} is niet beschikbaar.`,
          }),
        };
      }
      const result = (await host.invoke('http', event)) as APIGatewayProxyResultV2;
      const status = typeof result === 'object' && result !== null ? (result.statusCode ?? 200) : 200;
      if (status >= 500) alarmen.meld(alarmNaam('api-5xx'), `${service}: a request answered ${status}.`);
      return result;
    },
    settled: () => bus.idle(),
    ketensKlaar: (betreft) => bus.ketensKlaar(betreft),
    deadLetters: () => bus.deadLetters,
    redrive: (id) => bus.redrive(id),
    alarmen: () => alarmen.items,
    runPlanners,
    zetKlok,
  });
  await new Promise<void>((r) => gateway.listen(options.port ?? 3000, options.host ?? '127.0.0.1', r));
  const port = (gateway.address() as AddressInfo).port;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`;
  const jwksUri = `${url}/.well-known/jwks.json`;
  // Loaded here, not at import: the CDK app and its tests import this module's constants only.
  const {
    createLokaleOidc,
    LOKALE_PORTAAL_CLIENT,
    LOKALE_REGIE_CLIENT,
    lokaleMedewerkers,
    WEGWIJS_RESOURCE,
    WEGWIJS_SCOPE,
  } = await import('@wegwijs/local-kit/oidc-provider');
  const inlogClient = (clientId: string) => ({
    clientId,
    resource: WEGWIJS_RESOURCE,
    scope: `openid ${WEGWIJS_SCOPE}`,
    acr: 'http://eidas.europa.eu/LoA/substantial' as const,
  });
  // The deployment's own url: the origin of every absolute URL the portaal builds (never a request's Host header).
  const basisConfig: DeploymentConfig = {
    ...lokaleConfig(
      { iss: LOCAL_ISSUER, jwksUri },
      {
        iss: `${url}/oidc`,
        jwksUri,
        inburgeraarInlog: inlogClient(LOKALE_PORTAAL_CLIENT),
        medewerkerInlog: inlogClient(LOKALE_REGIE_CLIENT),
      },
    ),
    url,
  };
  const metDrempel: DeploymentConfig = options.drempelDossiersPerUur
    ? { ...basisConfig, toegangslog: { drempelDossiersPerUur: options.drempelDossiersPerUur } }
    : basisConfig;
  const config: DeploymentConfig = {
    ...(options.gemeenten ? alleenGemeenten(metDrempel, options.gemeenten) : metDrempel),
    ...(options.verhuizing ? { verhuizing: options.verhuizing } : {}),
  };
  // The key hand-overs of moves are signed with (issue 23), as a deployment keeps it: a secret only aanmelding reads.
  const verhuisSleutel =
    options.verhuizingSleutel ??
    generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  aws.registerSecret(VERHUIZING_SLEUTEL_SECRET, JSON.stringify(verhuisSleutel));
  // The portaal's client key, as in a deployment: its private JWK in a secret (served at the Parameters and Secrets
  // extension's path), its public JWK registered at the provider. Fresh at every start, like the provider's clients.
  const sleutel = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = randomUUID();
  const publiek = { ...sleutel.publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' };
  aws.registerSecret(PORTAAL_SLEUTEL_SECRET, JSON.stringify({ ...sleutel.privateKey.export({ format: 'jwk' }), kid }));
  // The development OpenID Provider: a real OP (oidc-provider) signing with the dev issuer's key, for the portaal's
  // sign-ins: inburgeraars on Mijn Wegwijs, and staff on the regie pages with the development staff accounts built
  // from this deployment's organisations. Its clients are confidential (private_key_jwt with the portaal's key); the
  // redirect and post-logout URIs are the pages' on the configured url only.
  oidc = createLokaleOidc({
    issuer: `${url}/oidc`,
    signingJwk: issuer.signingJwk,
    clients: [
      {
        clientId: LOKALE_PORTAAL_CLIENT,
        redirectUris: [`${url}/mijn/terug`],
        postLogoutRedirectUris: [`${url}/mijn?uitgelogd=1`],
        jwks: { keys: [publiek] },
      },
      {
        clientId: LOKALE_REGIE_CLIENT,
        redirectUris: [`${url}/regie/terug`],
        postLogoutRedirectUris: [`${url}/regie?uitgelogd=1`],
        jwks: { keys: [publiek] },
        soort: 'medewerker',
      },
    ],
    medewerkers: lokaleMedewerkers(config),
  });

  try {
    await Promise.all(
      SERVICE_MANIFESTS.map(async (manifest) => {
        const tabel = manifest.tabel ? tabelNaam(DEPLOYMENT, manifest.tabel.naam) : undefined;
        if (manifest.tabel && tabel) await maakTabel(dynamo.client, manifest.tabel, tabel);
        const env = functieEnv({
          endpoints: { dynamo: dynamo.endpoint, aws: aws.url },
          config,
          eventBus: bus.busName,
          service: manifest.naam,
          ...(tabel ? { tabel } : {}),
        });
        if (options.logLevel) env.POWERTOOLS_LOG_LEVEL = options.logLevel;
        if (manifest.naam === 'portaal') env.WEGWIJS_PORTAAL_SLEUTEL = PORTAAL_SLEUTEL_SECRET;
        if (manifest.naam === 'aanmelding') env.WEGWIJS_VERHUIZING_SLEUTEL = VERHUIZING_SLEUTEL_SECRET;
        const host = await startServiceHost(manifest, env, log, options.onFunctionLog, klokVerschuivingMs);
        hosts.set(manifest.naam, metFoutAlarm(host, alarmen, alarmNaam));
      }),
    );
  } catch (e) {
    await Promise.all([...hosts.values()].map((h) => h.stop()));
    gateway.close();
    await aws.close();
    await dynamo.stop();
    throw e;
  }
  for (const [naam, host] of hosts) {
    if (host.functies.includes('consumer')) {
      bus.register(naam as never, async (event) => {
        await host.invoke('consumer', event);
      });
    }
    if (host.functies.includes('beslissing')) {
      aws.registerFunction(functieId(naam as never, 'beslissing'), (payload) => host.invoke('beslissing', payload));
    }
    if (host.functies.includes('persoon')) {
      const id = functieId(naam as never, 'persoon');
      aws.registerFunction(id, async (payload) => {
        const antwoord = await host.invoke('persoon', payload);
        if (id === options.houdVastNaVernietiging && (payload as { actie?: string }).actie === 'vernietig') {
          log(`held ${id}`);
          return new Promise<never>(() => undefined);
        }
        return antwoord;
      });
    }
  }
  // Data migrations (the index backfill of stored trajecten) finish before the first request; a finished one is one
  // read of its checkpoint. A failure stops the start: lists would silently miss items.
  for (const host of hosts.values()) {
    if (host.functies.includes('migratie')) {
      await host.invoke('migratie', { source: 'wegwijs.lokaal', 'detail-type': 'Migratie', detail: {} });
    }
  }
  const hervat = bus.hervat();
  if (hervat > 0) log(`resumed ${hervat} event deliveries the last run accepted but did not finish`);
  // What a crash left unsent is published before the first request is served (no writer runs yet: no rest period).
  await runRelays({ rustMs: 0 });
  markReady();
  await runPlanners();
  const planner = setInterval(() => void runPlanners(), options.plannerIntervalMs ?? 5 * 60_000);
  planner.unref();
  const relay = setInterval(() => void runRelays(), options.relayIntervalMs ?? 2000);
  relay.unref();

  return {
    url,
    port,
    issuer,
    bus,
    dynamo,
    config,
    alarmen,
    luister(luisteraar) {
      const af = [dynamo.luister(luisteraar), aws.luister(luisteraar)];
      return () => {
        for (const f of af) f();
      };
    },
    settled: () => bus.idle(),
    zetKlok,
    async stop() {
      clearInterval(planner);
      clearInterval(relay);
      await relaysBezig;
      await new Promise<void>((r) => {
        gateway.close(() => r());
        gateway.closeAllConnections();
      });
      await bus.idle();
      await Promise.all([...hosts.values()].map((h) => h.stop()));
      await aws.close();
      await dynamo.stop();
    },
  };
}

/**
 * A service host whose failed invocations raise the function-error alarm, as the stack's `Errors` alarm per function
 * does: an invocation that threw (a consumer that will be retried, a relay, a planner, a crashed HTTP function).
 */
function metFoutAlarm(host: ServiceHost, alarmen: LokaleAlarmen, alarmNaam: (wat: string) => string): ServiceHost {
  return {
    ...host,
    invoke: (soort, event) =>
      host.invoke(soort, event).catch((e: unknown) => {
        const fout = e instanceof FunctieFout ? e.errorName : 'Error';
        alarmen.meld(
          alarmNaam(`${host.naam}-${soort}-fouten`),
          `${host.naam} ${soort}: an invocation failed (${fout}).`,
        );
        throw e;
      }),
  };
}
