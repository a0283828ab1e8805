import { randomBytes } from 'node:crypto';
import { dynamoClient, lazy, poorten, vereisTabel } from '@wegwijs/lambda-kit';
import { oidcInlogdienst } from '../adapters/oidc';
import { httpRegieApi } from '../adapters/regie-api';
import { dynamoSessieStore, type MedewerkerSessie } from '../adapters/sessies';
import { leesClientSleutel } from '../adapters/sleutel';
import { httpWegwijsApi } from '../adapters/wegwijs-api';
import type { PortaalDeps } from '../app/deps';

/** The real ports, built at the first call from the function's environment; a test passes the ones it replaces. */
export const defaultDeps = poorten((o): PortaalDeps => {
  const { config } = o;
  const lokaal = config.omgeving === 'lokaal';
  if (!config.url) throw new Error(`deployment ${config.naam} names no url for its pages`);
  // Every absolute URL of the portaal is built on the configured origin, never on a request's Host header.
  const basis = new URL(config.url).origin;
  // Read when a sign-in service is first used (each keeps its configuration, and reads again after a failure).
  const sleutel = () => leesClientSleutel();
  const inlog = lazy(() => {
    const issuer = config.issuers.find((i) => i.inburgeraarInlog);
    if (!issuer?.inburgeraarInlog) throw new Error(`deployment ${config.naam} names no issuer with inburgeraarInlog`);
    return oidcInlogdienst(issuer, issuer.inburgeraarInlog, {
      lokaal,
      redirectUri: `${basis}/mijn/terug`,
      naUitloggen: `${basis}/mijn?uitgelogd=1`,
      sleutel,
    });
  });
  const medewerkerInlog = lazy(() => {
    const issuer = config.issuers.find((i) => i.medewerkerInlog);
    if (!issuer?.medewerkerInlog) throw new Error(`deployment ${config.naam} names no issuer with medewerkerInlog`);
    return oidcInlogdienst(issuer, issuer.medewerkerInlog, {
      lokaal,
      redirectUri: `${basis}/regie/terug`,
      naUitloggen: `${basis}/regie?uitgelogd=1`,
      sleutel,
    });
  });
  const organisaties = new Map(config.organisaties.map((org) => [org.id, org.naam]));
  return {
    basis,
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
