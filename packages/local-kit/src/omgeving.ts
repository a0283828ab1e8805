import { functieId, INZAGE_CONTEXTEN } from '@wegwijs/contracts';
import {
  type DeploymentConfig,
  type Issuer,
  organisatiesVoor,
  organisatieVoorDoelgroep,
  PROFIELEN,
} from '@wegwijs/profielen';
import { lokaalAlarmTopic } from './alarmen';

/**
 * Profile fields the local platform sets itself: the report names no organisation for Rotterdam's gezinsmigranten
 * ("een andere aanbieder dan statushouders", 4.4), so this deployment configures one.
 */
const LOKALE_PROFIELEN = {
  '0599': organisatieVoorDoelgroep('0599', 'gezinsmigrant', 'aanbieder-gezinsmigranten'),
};

/**
 * The deployment configuration of the local platform: all thirteen gemeenten of the report and its trusted issuers
 * (the dev issuer of `/dev/token`, and the development OpenID Provider where inburgeraars sign in).
 */
export function lokaleConfig(issuer: Issuer, ...meer: Issuer[]): DeploymentConfig {
  const gemeenten = [...PROFIELEN.keys()];
  return {
    naam: 'lokaal',
    omgeving: 'lokaal',
    gemeenten,
    organisaties: organisatiesVoor(gemeenten, { naam: 'lokaal', profielen: LOKALE_PROFIELEN }),
    issuers: [issuer, ...meer],
    profielen: LOKALE_PROFIELEN,
    // A test's receiver listens on loopback over http; a deployed stack never allows that (issue 23).
    abonnementen: { loopbackHttp: true },
  };
}

export interface LokaleEndpoints {
  dynamo: string;
  aws: string;
}

/** The environment a function gets locally: the same variables as in Lambda, with the SDK pointed at loopback. */
export function functieEnv(options: {
  endpoints: LokaleEndpoints;
  config: DeploymentConfig;
  tabel?: string;
  eventBus: string;
  service: string;
  beslissingFunctie?: string;
}): Record<string, string> {
  return {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: options.endpoints.dynamo,
    AWS_ENDPOINT_URL_EVENTBRIDGE: options.endpoints.aws,
    AWS_ENDPOINT_URL_LAMBDA: options.endpoints.aws,
    /** Secrets, at the path of the AWS Parameters and Secrets Lambda Extension (localhost:<port>/secretsmanager/get). */
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: new URL(options.endpoints.aws).port,
    AWS_ENDPOINT_URL_SNS: options.endpoints.aws,
    WEGWIJS_CONFIG: JSON.stringify(options.config),
    WEGWIJS_EVENT_BUS: options.eventBus,
    POWERTOOLS_SERVICE_NAME: options.service,
    /** Names the service in the SDK's user agent, so the local endpoints can count requests per service. */
    AWS_SDK_UA_APP_ID: options.service,
    /** The consent broker's decision function, invoked directly by contexts that must know the answer first. */
    WEGWIJS_BESLISSING_FUNCTIE: options.beslissingFunctie ?? 'toestemming-beslissing',
    // Each context's `persoon` function, as the archief and the inzage invoke it (the local endpoint serves Invoke by these names).
    WEGWIJS_PERSOON_FUNCTIES: JSON.stringify(
      Object.fromEntries(INZAGE_CONTEXTEN.map((c) => [c, functieId(c, 'persoon')])),
    ),
    /** The alarm topic: its Publish lands in `/dev/alarmen` (lambda-kit `alarmMelder`). */
    WEGWIJS_ALARM_TOPIC: lokaalAlarmTopic(options.config.naam),
    ...(options.tabel ? { WEGWIJS_TABEL: options.tabel } : {}),
  };
}

export const tabelNaam = (deployment: string, context: string) => `wegwijs-${deployment}-${context}`;
export const functieNaam = (deployment: string, functie: string) => `wegwijs-${deployment}-${functie}`;
