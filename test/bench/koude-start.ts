import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

export interface Start {
  /** `await import(bundle)` inside the fresh process: the function's init (module evaluation). */
  readonly importMs: number;
  /**
   * The CPU time (user + system, all threads of the process) the import took: the work of the init, without the time
   * the process waited for a core. On a quiet machine about `importMs`; on a shared one the figure to compare.
   */
  readonly cpuMs: number;
  /** From spawn to exit as the parent sees it: Node's own start plus the import. */
  readonly procesMs: number;
}

/** The variables every function needs at import in Lambda, without any that point at a service. */
export const basisEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  AWS_REGION: 'eu-west-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
});

/** The Lambda environment of a Wegwijs function (values as the CDK stack sets them; nothing is called at import). */
export const lambdaEnv = (config: unknown): NodeJS.ProcessEnv => ({
  ...basisEnv(),
  WEGWIJS_CONFIG: JSON.stringify(config),
  WEGWIJS_TABEL: 'tabel',
  WEGWIJS_EVENT_BUS: 'bus',
  WEGWIJS_BESLISSING_FUNCTIE: 'toestemming-beslissing',
});

/** Imports the bundle in a fresh Node process and reports how long the import took; fails without a handler export. */
export async function startVers(bestand: string, env: NodeJS.ProcessEnv): Promise<Start> {
  const url = JSON.stringify(pathToFileURL(bestand).href);
  const code =
    `const c = process.cpuUsage(); const t = performance.now(); const m = await import(${url});` +
    'const d = performance.now() - t; const u = process.cpuUsage(c);' +
    `if (typeof m.handler !== 'function') process.exit(3);` +
    'process.stdout.write(JSON.stringify([d, (u.user + u.system) / 1000]));';
  const t0 = performance.now();
  const { stdout } = await execFileP(process.execPath, ['--input-type=module', '-e', code], { env });
  const [importMs, cpuMs] = JSON.parse(stdout) as [number, number];
  return { importMs, cpuMs, procesMs: performance.now() - t0 };
}

/** Does the bundle need WEGWIJS_* at import? (It must not: the handlers build their deps at the first call.) */
export const leestEnvBijImport = (bestand: string) =>
  startVers(bestand, basisEnv()).then(
    () => false,
    () => true,
  );
