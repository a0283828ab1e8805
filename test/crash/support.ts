import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A local platform in its own process group (`pnpm start`), so that a test can SIGKILL all of it at once. */
export interface PlatformProces {
  url: string;
  /** The process group (the platform's own pid: it was started detached). */
  pid: number;
  /** Resolves once the platform has printed `tekst` `keer` times (counted from its start). */
  wachtOp(tekst: string, keer?: number): Promise<void>;
  kill(): Promise<void>;
}

const vrijePoort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      server.close(() => resolve(typeof adres === 'object' && adres ? adres.port : 0));
    });
  });

/** Starts `infra/src/local/main.ts` on `dataDir`; resolves once it prints that it runs (every function loaded). */
export async function startProces(dataDir: string, env: Record<string, string> = {}): Promise<PlatformProces> {
  const port = await vrijePoort();
  const kind: ChildProcess = spawn(join('node_modules', '.bin', 'tsx'), ['infra/src/local/main.ts'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), WEGWIJS_DATA_DIR: dataDir, POWERTOOLS_LOG_LEVEL: 'SILENT', ...env },
  });
  let uitvoer = '';
  await new Promise<void>((resolve, reject) => {
    const lees = (chunk: Buffer) => {
      uitvoer += chunk.toString();
      if (uitvoer.includes('Wegwijs runs locally')) resolve();
    };
    kind.stdout?.on('data', lees);
    kind.stderr?.on('data', (c: Buffer) => {
      uitvoer += c.toString();
    });
    kind.once('exit', (code) => reject(new Error(`platform exited (${code}) before it ran:\n${uitvoer.slice(-2000)}`)));
  });
  // After the reader above (listeners run in order): a waiter sees what arrived.
  const wachtenden = new Set<() => void>();
  kind.stdout?.on('data', () => {
    for (const w of [...wachtenden]) w();
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: kind.pid ?? 0,
    wachtOp(tekst, keer = 1) {
      const genoeg = () => uitvoer.split(tekst).length - 1 >= keer;
      return new Promise<void>((resolve) => {
        const kijk = () => {
          if (!genoeg()) return;
          wachtenden.delete(kijk);
          resolve();
        };
        wachtenden.add(kijk);
        kijk();
      });
    },
    async kill() {
      if (kind.exitCode !== null || kind.signalCode !== null) return;
      const weg = once(kind, 'exit');
      process.kill(-(kind.pid ?? 0), 'SIGKILL');
      await weg;
      // Every process of the group gone (tsx runs the platform in a child): its files are closed, its locks free.
      while (groepLeeft(kind.pid ?? 0)) await new Promise((r) => setImmediate(r));
    },
  };
}

const groepLeeft = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function api(url: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const tekst = await res.text();
  return { status: res.status, body: tekst ? JSON.parse(tekst) : undefined };
}

export async function token(url: string, claims: Record<string, unknown>): Promise<string> {
  const res = await api(url, 'POST', '/dev/token', undefined, claims);
  return res.body.token as string;
}
