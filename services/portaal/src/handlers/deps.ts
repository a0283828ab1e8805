import { randomBytes } from 'node:crypto';
import { dynamoClient, lazy, omgeving, vereisTabel } from '@wegwijs/lambda-kit';
import { oidcInlogdienst } from '../adapters/oidc';
import { dynamoSessieStore } from '../adapters/sessies';
import { httpWegwijsApi } from '../adapters/wegwijs-api';
import type { PortaalDeps } from '../app/deps';

/** The real dependencies, built once per cold start from the function's environment (WEGWIJS_CONFIG, WEGWIJS_TABEL). */
export const defaultDeps = lazy((): PortaalDeps => {
  const o = omgeving();
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
