import { randomBytes } from 'node:crypto';
import { dynamoClient, lazy, poorten, vereisTabel } from '@wegwijs/lambda-kit';
import { oidcInlogdienst } from '../adapters/oidc';
import { dynamoSessieStore } from '../adapters/sessies';
import { httpWegwijsApi } from '../adapters/wegwijs-api';
import type { PortaalDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o): PortaalDeps => {
  const { config } = o;
  const issuer = config.issuers.find((i) => i.inburgeraarInlog);
  const inlog = lazy(() => {
    if (!issuer) throw new Error(`deployment ${config.naam} names no issuer with inburgeraarInlog`);
    return oidcInlogdienst(issuer, { lokaal: config.omgeving === 'lokaal' });
  });
  const organisaties = new Map(config.organisaties.map((org) => [org.id, org.naam]));
  return {
    sessies: dynamoSessieStore(dynamoClient(), vereisTabel(o)),
    inlog,
    api: (basis, sessie) =>
      httpWegwijsApi({ basis, accessToken: sessie.accessToken, inburgeraarId: sessie.inburgeraarId }),
    namen: {
      organisatie: (id) => organisaties.get(id),
      gemeente: (cbs) => organisaties.get(`gemeente-${cbs}`),
    },
    nu: () => new Date(),
    willekeurig: () => randomBytes(32).toString('base64url'),
  };
});
