import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FunctieSoort } from '@wegwijs/contracts';
import type { ServiceManifest } from '@wegwijs/lambda-kit';

/** The error a function threw, by class name only (its message may hold data; it stays inside the worker). */
export class FunctieFout extends Error {
  constructor(
    readonly functie: string,
    readonly errorName: string,
  ) {
    super(`${functie} failed with ${errorName}`);
    this.name = 'FunctieFout';
  }
}

export interface ServiceHost {
  readonly naam: string;
  readonly functies: readonly FunctieSoort[];
  invoke(soort: FunctieSoort, event: unknown): Promise<unknown>;
  /** Shifts the time the functions see (`undefined`: the system's time); every later invocation sees it. */
  zetKlok(verschuivingMs: number | undefined): void;
  stop(): Promise<void>;
}

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/**
 * Starts the functions of one service in a worker thread with the environment Lambda would give them. Entry files
 * that do not exist (a service still being built) are left out with a warning.
 */
export async function startServiceHost(
  manifest: ServiceManifest,
  env: Record<string, string>,
  warn: (message: string) => void,
  /** Receives every line the functions write (their structured logs); without it they go to this process's output. */
  onOutput?: (line: string) => void,
  /** The clock's shift at start (a platform whose clock was set before this host started). */
  klokVerschuivingMs?: number,
): Promise<ServiceHost> {
  const functies = Object.fromEntries(
    Object.entries(manifest.functies).filter(([soort, entry]) => {
      if (entry && existsSync(entry)) return true;
      warn(`${manifest.naam}: no ${soort} function yet (${entry}), left out`);
      return false;
    }),
  ) as Partial<Record<FunctieSoort, string>>;
  const worker = new Worker(WORKER, {
    workerData: { functies, ...(klokVerschuivingMs === undefined ? {} : { klokVerschuivingMs }) },
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdout: onOutput !== undefined,
    stderr: onOutput !== undefined,
  });
  if (onOutput) {
    for (const stream of [worker.stdout, worker.stderr]) {
      createInterface({ input: stream }).on('line', onOutput);
    }
  }
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void; functie: string }>();
  worker.on('message', (m: { type: string; id?: string; ok?: boolean; value?: unknown; error?: { name: string } }) => {
    if (m.type !== 'result' || !m.id) return;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new FunctieFout(p.functie, m.error?.name ?? 'Error'));
  });
  worker.on('error', (e) => {
    for (const p of pending.values()) p.reject(new FunctieFout(p.functie, e.name));
    pending.clear();
  });
  await new Promise<void>((resolve, reject) => {
    const onMessage = (m: { type: string; error?: { message: string } }) => {
      if (m.type === 'ready') {
        worker.off('message', onMessage);
        resolve();
      } else if (m.type === 'load-error') {
        worker.off('message', onMessage);
        reject(new Error(`${manifest.naam} failed to load: ${m.error?.message}`));
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  return {
    naam: manifest.naam,
    functies: Object.keys(functies) as FunctieSoort[],
    invoke(soort, event) {
      const id = randomUUID();
      const functie = `${manifest.naam}-${soort}`;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, functie });
        worker.postMessage({ type: 'invoke', id, soort, functionName: functie, event });
      });
    },
    zetKlok(verschuivingMs) {
      worker.postMessage({ type: 'klok', verschuivingMs });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
