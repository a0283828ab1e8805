import { manifest as aanmelding } from '@wegwijs/aanmelding';
import { manifest as abonnementen } from '@wegwijs/abonnementen';
import { manifest as archief } from '@wegwijs/archief';
import { manifest as begeleiding } from '@wegwijs/begeleiding';
import { manifest as inzage } from '@wegwijs/inzage';
import type { ServiceManifest } from '@wegwijs/lambda-kit';
import { manifest as portaal } from '@wegwijs/portaal';
import { manifest as profiel } from '@wegwijs/profiel';
import { manifest as regeldag } from '@wegwijs/regeldag';
import { manifest as regie } from '@wegwijs/regie';
import { manifest as sociaalDomein } from '@wegwijs/sociaal-domein';
import { manifest as toegangslog } from '@wegwijs/toegangslog';
import { manifest as toestemming } from '@wegwijs/toestemming';

/** Every service of Wegwijs. Both composition roots (the CDK app and the local platform) wire exactly these. */
export const SERVICE_MANIFESTS: readonly ServiceManifest[] = [
  profiel,
  aanmelding,
  regeldag,
  begeleiding,
  sociaalDomein,
  toestemming,
  regie,
  toegangslog,
  archief,
  inzage,
  abonnementen,
  portaal,
];

/**
 * The page routes (server-rendered HTML of the portaal: Mijn Wegwijs for inburgeraars, the regie monitor for the
 * gemeente's staff). Not part of the JSON API contract (HTTP_ROUTES, /v1/openapi.json) and without a JWT authorizer:
 * the portaal signs the person in itself (OpenID Connect) and calls the API with their token. `{proxy+}` is API
 * Gateway's greedy path variable.
 */
export const PAGINA_ROUTES = [
  { service: 'portaal', path: '/mijn', methods: ['GET', 'POST'] },
  { service: 'portaal', path: '/mijn/{proxy+}', methods: ['GET', 'POST'] },
  { service: 'portaal', path: '/regie', methods: ['GET', 'POST'] },
  { service: 'portaal', path: '/regie/{proxy+}', methods: ['GET', 'POST'] },
] as const;
export type PaginaRoute = (typeof PAGINA_ROUTES)[number];
