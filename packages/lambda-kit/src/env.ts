import { type DeploymentConfig, parseDeploymentConfig } from '@wegwijs/profielen';

/** What a function reads from its environment, once, at cold start. */
export interface FunctieOmgeving {
  config: DeploymentConfig;
  /** The DynamoDB table of the function's own context (absent for the table-less profiel service). */
  tabel: string | undefined;
  eventBus: string;
  /** The consent broker's decision function (WEGWIJS_BESLISSING_FUNCTIE), for contexts that ask it. */
  beslissingFunctie: string | undefined;
  /** Each context's `persoon` function by context (WEGWIJS_PERSOON_FUNCTIES, JSON), for the archief that invokes them. */
  persoonFuncties: Readonly<Record<string, string>>;
  /** The deployment's alarm topic (WEGWIJS_ALARM_TOPIC), on functions that may raise an alarm themselves. */
  alarmTopic: string | undefined;
}

let cached: FunctieOmgeving | undefined;

export function omgeving(env: NodeJS.ProcessEnv = process.env): FunctieOmgeving {
  if (cached && env === process.env) return cached;
  const raw = env.WEGWIJS_CONFIG;
  if (!raw) throw new Error('WEGWIJS_CONFIG is not set');
  const result: FunctieOmgeving = {
    config: parseDeploymentConfig(JSON.parse(raw)),
    tabel: env.WEGWIJS_TABEL,
    eventBus: env.WEGWIJS_EVENT_BUS ?? 'default',
    beslissingFunctie: env.WEGWIJS_BESLISSING_FUNCTIE,
    persoonFuncties: env.WEGWIJS_PERSOON_FUNCTIES
      ? (JSON.parse(env.WEGWIJS_PERSOON_FUNCTIES) as Record<string, string>)
      : {},
    alarmTopic: env.WEGWIJS_ALARM_TOPIC,
  };
  if (env === process.env) cached = result;
  return result;
}

export function vereisTabel(o: FunctieOmgeving): string {
  if (!o.tabel) throw new Error('WEGWIJS_TABEL is not set');
  return o.tabel;
}
