import { type LocalPlatform, type LocalPlatformOptions, startLocalPlatform } from '@wegwijs/infra/local/platform';
import type { DevTokenBody } from '@wegwijs/local-kit';
import { contractValidatie, type Schending } from './contract-validatie';

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in tests
  body: any;
}

export interface TestPlatform {
  url: string;
  platform: LocalPlatform;
  token(claims: DevTokenBody): Promise<string>;
  /** A request over HTTP, as a client sends it. */
  api(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse>;
  /** Resolves when the event bus has delivered everything pending. */
  settled(): Promise<void>;
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

/** Starts the real local platform (gateway, workers, dynalite in memory, event bus) on a free port. */
export async function startPlatform(
  options: Pick<LocalPlatformOptions, 'onFunctionLog' | 'logLevel' | 'dataDir' | 'inMemory'> = {},
): Promise<TestPlatform> {
  const platform = await startLocalPlatform({ port: 0, inMemory: true, ...options });
  const schendingen: Schending[] = [];
  let gecontroleerd = 0;
  const controleer: TestPlatform['controleer'] = (antwoord) => {
    gecontroleerd++;
    schendingen.push(...contractValidatie().controleer(antwoord));
  };
  const api: TestPlatform['api'] = async (method, path, options = {}) => {
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
    token: (claims) => platform.issuer.mint(claims),
    api,
    settled: () => platform.settled(),
    schendingen: () => schendingen,
    gecontroleerd: () => gecontroleerd,
    controleer,
    stop: async () => {
      await platform.stop();
      if (schendingen.length > 0) {
        const lijst = schendingen.map((s) => `${s.operatie} ${s.status}: ${s.fout}`).join('\n');
        throw new Error(`${schendingen.length} answers the OpenAPI document does not describe:\n${lijst}`);
      }
    },
  };
}
