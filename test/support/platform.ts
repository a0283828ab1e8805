import { type LocalPlatform, type LocalPlatformOptions, startLocalPlatform } from '@wegwijs/infra/local/platform';
import type { DevTokenBody } from '@wegwijs/local-kit';
import { metGemeenteOrg } from '@wegwijs/test-helpers';
import { contractValidatie, type Schending } from './contract-validatie';
import { zetTestKlok } from './datums';
import { beschrijfLekken, LogPrivacy } from './log-privacy';

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in tests
  body: any;
}

export interface TestPlatform {
  url: string;
  platform: LocalPlatform;
  /** Mints a token; a gemeente role without `org` gets `gemeente-<first cbs>` (API.md requires it). */
  token(claims: DevTokenBody): Promise<string>;
  /** A request over HTTP, as a client sends it. */
  api(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse>;
  /** Resolves when the event bus has delivered everything pending. */
  settled(): Promise<void>;
  /** Every function log line and every personal value sent through `api` (see log-privacy.ts). */
  logs: LogPrivacy;
  /** Stops the platform, then fails (in the caller's afterAll) when a log line holds personal data that was sent. */
  /**
   * Every answer this platform gave through `api` (and the typed client) that the OpenAPI document does not describe.
   * `stop()` fails the suite when there is any.
   */
  schendingen(): readonly Schending[];
  /** How many answers were checked against the document. */
  gecontroleerd(): number;
  /** Records an answer's departures from the document (the typed client's fetch uses it). */
  controleer(...args: Parameters<ReturnType<typeof contractValidatie>['controleer']>): void;
  stop(): Promise<void>;
}

/**
 * Starts the real local platform (gateway, workers, dynalite in memory, event bus) on a free port. Functions log at
 * DEBUG unless told otherwise, and every line is scanned at `stop()` for the personal data the scenario sent.
 */
export async function startPlatform(
  options: Pick<
    LocalPlatformOptions,
    | 'onFunctionLog'
    | 'logLevel'
    | 'dataDir'
    | 'inMemory'
    | 'relayIntervalMs'
    | 'plannerIntervalMs'
    | 'serieleBezorging'
    | 'drempelDossiersPerUur'
    | 'gemeenten'
    | 'verhuizing'
    | 'verhuizingSleutel'
  > & {
    /**
     * A fixed instant (ISO) the platform's clock starts at (`POST /dev/klok`), and the tests' `vandaag()` with it: an
     * outcome that depends on the calendar (months, weeks) is then the same on any day the suite runs.
     */
    klok?: string;
  } = {},
): Promise<TestPlatform> {
  const { klok, ...platformOpties } = options;
  const logs = new LogPrivacy();
  const platform = await startLocalPlatform({
    port: 0,
    inMemory: true,
    logLevel: 'DEBUG',
    ...platformOpties,
    ...(klok === undefined ? {} : { klok: new Date(klok) }),
    onFunctionLog: (line) => {
      logs.regel(line);
      options.onFunctionLog?.(line);
    },
  });
  zetTestKlok(klok);
  const schendingen: Schending[] = [];
  let gecontroleerd = 0;
  const controleer: TestPlatform['controleer'] = (antwoord) => {
    gecontroleerd++;
    schendingen.push(...contractValidatie().controleer(antwoord));
  };
  const api: TestPlatform['api'] = async (method, path, options = {}) => {
    if (options.body !== undefined) logs.verzoek(options.body);
    const res = await fetch(`${platform.url}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined
        ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
        : {}),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    controleer({ method, pad: path.split('?')[0] ?? path, status: res.status, headers: res.headers, body });
    return { status: res.status, headers: res.headers, body };
  };
  return {
    url: platform.url,
    platform,
    token: (claims) => platform.issuer.mint(metGemeenteOrg(claims)),
    api,
    settled: () => platform.settled(),
    logs,
    schendingen: () => schendingen,
    gecontroleerd: () => gecontroleerd,
    controleer,
    async stop() {
      await platform.stop();
      const hits = logs.lekken();
      if (hits.length > 0) {
        throw new Error(`${hits.length} function log line(s) hold personal data:\n${beschrijfLekken(hits)}`);
      }
      if (schendingen.length > 0) {
        const lijst = schendingen.map((s) => `${s.operatie} ${s.status}: ${s.fout}`).join('\n');
        throw new Error(`${schendingen.length} answers the OpenAPI document does not describe:\n${lijst}`);
      }
    },
  };
}
