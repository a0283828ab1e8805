import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { basisPoorten, poorten } from '@wegwijs/lambda-kit';
import { dynamoAbonnementenStore } from '../adapters/store';
import type { AbonnementenDeps } from '../app/deps';

/** Every address of a host (an IP literal is its own); none when it does not resolve. */
async function zoekOp(host: string): Promise<string[]> {
  if (isIP(host)) return [host];
  try {
    return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return [];
  }
}

/** A signed POST without following redirects (a redirect could lead anywhere), answered within ten seconds. */
async function verstuur(url: string, body: string, headers: Record<string, string>): Promise<number | undefined> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await res.body?.cancel();
    return res.status;
  } catch {
    return undefined;
  }
}

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o, gegeven: Partial<AbonnementenDeps>): AbonnementenDeps => {
  const { client, tabel, clock, nieuwId } = basisPoorten(o, gegeven.clock);
  return {
    store: dynamoAbonnementenStore(client, tabel, { clock }),
    clock,
    nieuwId,
    zoekOp,
    verstuur,
    beleid: { loopbackHttp: o.config.abonnementen?.loopbackHttp === true },
    basisUrl: o.config.url ?? '',
  };
});
