import type { IncomingMessage, Server } from 'node:http';

/**
 * One AWS API request as the local endpoints received it: the operation (`GetItem`, `Query`, `PutEvents`, `Invoke`,
 * ...) and the service whose function sent it (the `app/<id>` of the SDK's user agent, set by `AWS_SDK_UA_APP_ID`
 * in every function's local environment; absent for a request from outside a function).
 */
export interface AwsVerzoek {
  operatie: string;
  bron?: string;
}

export type VerzoekLuisteraar = (verzoek: AwsVerzoek) => void;

/**
 * The `app/<id>` the SDK adds to its user agent (Powertools appends its own `-PT-...` marker to the id; left off).
 */
export function bronVan(req: IncomingMessage): string | undefined {
  const agent = `${req.headers['user-agent'] ?? ''} ${req.headers['x-amz-user-agent'] ?? ''}`;
  return /(?:^|\s)app\/([A-Za-z0-9._-]+?)(?:-PT-\S*)?(?:\s|$)/.exec(agent)?.[1];
}

/** Calls the listeners for every request the server receives (before it is handled); answers the unsubscribe. */
export function luisterNaar(server: Server, operatie: (req: IncomingMessage) => string | undefined) {
  const luisteraars = new Set<VerzoekLuisteraar>();
  server.prependListener('request', (req: IncomingMessage) => {
    if (luisteraars.size === 0) return;
    const op = operatie(req);
    if (!op) return;
    const bron = bronVan(req);
    for (const l of luisteraars) l({ operatie: op, ...(bron ? { bron } : {}) });
  });
  return (luisteraar: VerzoekLuisteraar) => {
    luisteraars.add(luisteraar);
    return () => {
      luisteraars.delete(luisteraar);
    };
  };
}
