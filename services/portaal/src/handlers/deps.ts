import { randomBytes } from 'node:crypto';
import { dynamoClient, lazy, poorten, vereisTabel } from '@wegwijs/lambda-kit';
import { oidcInlogdienst } from '../adapters/oidc';
import { httpRegieApi } from '../adapters/regie-api';
import { dynamoSessieStore, type MedewerkerSessie } from '../adapters/sessies';
import { httpWegwijsApi } from '../adapters/wegwijs-api';
import type { PortaalDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o): PortaalDeps => {
  const { config } = o;
  const lokaal = config.omgeving === 'lokaal';
  const inlog = lazy(() => {
    const issuer = config.issuers.find((i) => i.inburgeraarInlog);
    if (!issuer?.inburgeraarInlog) throw new Error(`deployment ${config.naam} names no issuer with inburgeraarInlog`);
    return oidcInlogdienst(issuer, issuer.inburgeraarInlog, { lokaal });
  });
  const medewerkerInlog = lazy(() => {
    const issuer = config.issuers.find((i) => i.medewerkerInlog);
    if (!issuer?.medewerkerInlog) throw new Error(`deployment ${config.naam} names no issuer with medewerkerInlog`);
    return oidcInlogdienst(issuer, issuer.medewerkerInlog, { lokaal, prompt: 'login' });
  });
  const organisaties = new Map(config.organisaties.map((org) => [org.id, org.naam]));
  return {
    sessies: dynamoSessieStore(dynamoClient(), vereisTabel(o)),
    inlog,
    api: (basis, sessie) =>
      httpWegwijsApi({ basis, accessToken: sessie.accessToken, inburgeraarId: sessie.inburgeraarId }),
    medewerkerSessies: dynamoSessieStore<MedewerkerSessie>(dynamoClient(), vereisTabel(o), 'medewerker'),
    medewerkerInlog,
    regie: (basis, sessie) => httpRegieApi({ basis, accessToken: sessie.accessToken }),
    namen: {
      organisatie: (id) => organisaties.get(id),
      gemeente: (cbs) => organisaties.get(`gemeente-${cbs}`),
    },
    nu: () => new Date(),
    willekeurig: () => randomBytes(32).toString('base64url'),
  };
});
