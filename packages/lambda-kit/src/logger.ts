import { huidigeAanroep } from './trace';

/**
 * Structured JSON logging, one line per entry. Log ids only (inburgeraarId, toestemmingId, correlation id): never
 * names, birth dates, free text or bodies. The kit itself logs only route keys, statuses, ids and error classes.
 *
 * The shape is the one Lambda's JSON log format and the Powertools logger write (`level`, `message`, `timestamp`,
 * `service`, `xray_trace_id`, then the keys), and it reads the same variables (AWS_LAMBDA_LOG_LEVEL,
 * POWERTOOLS_LOG_LEVEL, POWERTOOLS_SERVICE_NAME). It replaces the Powertools logger because that one cost a
 * function's cold start about as much as all its own code (docs/BENCHMARKS.md): every function imports it.
 * Within a request or an event every line carries its W3C trace context, `trace_id` and `span_id` (trace.ts).
 */
export type Niveau = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'CRITICAL' | 'SILENT';

/** The numbers Powertools gives the levels: an entry is written when its level is at least the configured one. */
const RANG: Readonly<Record<Niveau, number>> = {
  TRACE: 6,
  DEBUG: 8,
  INFO: 12,
  WARN: 16,
  ERROR: 20,
  CRITICAL: 24,
  SILENT: 28,
};

type Velden = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, velden?: Velden): void;
  info(message: string, velden?: Velden): void;
  warn(message: string, velden?: Velden): void;
  error(message: string, velden?: Velden): void;
  /** Keys written with every later entry (until `resetKeys`): the correlation id of the request, for example. */
  appendKeys(velden: Velden): void;
  resetKeys(): void;
}

const isNiveau = (x: string | undefined): x is Niveau => x !== undefined && x in RANG;

/** The configured level (Lambda's own setting first, as Powertools does); INFO when none is set or it is unknown. */
export function niveauUit(env: NodeJS.ProcessEnv): Niveau {
  for (const naam of ['AWS_LAMBDA_LOG_LEVEL', 'POWERTOOLS_LOG_LEVEL', 'LOG_LEVEL']) {
    const waarde = env[naam]?.toUpperCase();
    if (isNiveau(waarde)) return waarde;
  }
  return 'INFO';
}

/** An Error passed by mistake is written as its class only: its message may quote personal data. */
const vervang = (_: string, waarde: unknown) => (waarde instanceof Error ? { name: waarde.name } : waarde);

/**
 * A logger writing to `schrijf` (stdout, or stderr for WARN and above). The level and service are read from `env` at
 * the first entry, so a process that sets them after importing the kit is still obeyed.
 */
export function maakLogger(
  env: NodeJS.ProcessEnv = process.env,
  schrijf: (regel: string, fout: boolean) => void = (regel, fout) =>
    (fout ? process.stderr : process.stdout).write(`${regel}\n`),
): Logger {
  let sleutels: Record<string, unknown> = {};
  let instelling: { rang: number; service: string } | undefined;
  const log = (niveau: Niveau, message: string, velden?: Velden) => {
    instelling ??= { rang: RANG[niveauUit(env)], service: env.POWERTOOLS_SERVICE_NAME ?? 'wegwijs' };
    if (RANG[niveau] < instelling.rang) return;
    const trace = env._X_AMZN_TRACE_ID?.split(';')[0]?.replace('Root=', '');
    const w3c = huidigeAanroep()?.trace;
    const regel = {
      level: niveau,
      message,
      timestamp: new Date().toISOString(),
      service: instelling.service,
      ...(trace ? { xray_trace_id: trace } : {}),
      ...(w3c ? { trace_id: w3c.traceId, span_id: w3c.spanId } : {}),
      ...sleutels,
      ...velden,
    };
    schrijf(JSON.stringify(regel, vervang), RANG[niveau] >= RANG.WARN);
  };
  return {
    debug: (message, velden) => log('DEBUG', message, velden),
    info: (message, velden) => log('INFO', message, velden),
    warn: (message, velden) => log('WARN', message, velden),
    error: (message, velden) => log('ERROR', message, velden),
    appendKeys(velden) {
      sleutels = { ...sleutels, ...velden };
    },
    resetKeys() {
      sleutels = {};
    },
  };
}

/** The function's logger. */
export const logger: Logger = maakLogger();
