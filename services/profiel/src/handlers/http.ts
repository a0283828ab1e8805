import { gemeenteParams } from '@wegwijs/contracts';
import { openApiDocument } from '@wegwijs/contracts/openapi';
import { httpHandler, NotFound, omgeving, route } from '@wegwijs/lambda-kit';
import { organisatiesVan } from '@wegwijs/profielen';
import { profielMetBronnen } from '@wegwijs/profielen/bronnen';
import { magProfielLezen } from '../domain/toegang';

const health = route({ handle: async () => ({ status: 200, body: { status: 'ok' } }) });

const profiel = route({
  params: gemeenteParams,
  async handle({ principal, params }) {
    const { config } = omgeving();
    const gevonden = config.gemeenten.includes(params.cbs) ? profielMetBronnen(params.cbs, config) : undefined;
    if (!gevonden || !magProfielLezen(principal, params.cbs, organisatiesVan(config, params.cbs))) throw new NotFound();
    return { status: 200, body: gevonden };
  },
});

let document: unknown;
const openapi = route({
  handle: async () => {
    document ??= openApiDocument();
    return { status: 200, body: document };
  },
});

export const handler = httpHandler({
  routes: { 'GET /health': health, 'GET /v1/gemeenten/{cbs}/profiel': profiel, 'GET /v1/openapi.json': openapi },
  publiek: ['GET /health', 'GET /v1/openapi.json'],
});
