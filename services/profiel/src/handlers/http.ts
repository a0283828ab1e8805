import { gunzipSync } from 'node:zlib';
import { gemeenteParams } from '@wegwijs/contracts';
import { paginaQuerySchema } from '@wegwijs/contracts/api/lijst-responses';
import { httpHandler, metVolgende, NotFound, omgeving, paginaVraag, pagineerGelezen, route } from '@wegwijs/lambda-kit';
import { organisatiesVan, verwerkingsregister } from '@wegwijs/profielen';
import { profielMetBronnen } from '@wegwijs/profielen/bronnen';
import { magProfielLezen } from '../domain/toegang';
import { OPENAPI_GZIP_BASE64 } from './openapi.generated';

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

/** The deployment's verwerkingsregister, for every staff role and the inburgeraar (any verified token). */
let register: ReturnType<typeof verwerkingsregister> | undefined;
const verwerkingsactiviteiten = route({
  query: paginaQuerySchema,
  async handle({ query }) {
    register ??= verwerkingsregister(omgeving().config);
    const pagina = pagineerGelezen(register, (a) => a.id, paginaVraag(query), 'verwerkingsactiviteiten');
    return { status: 200, body: metVolgende({ items: pagina.items }, pagina.volgende) };
  },
});

/** Built at build time (infra/src/bundle/openapi.ts); unzipped at the first request, not at cold start. */
let document: unknown;
const openapi = route({
  handle: async () => {
    document ??= JSON.parse(gunzipSync(Buffer.from(OPENAPI_GZIP_BASE64, 'base64')).toString('utf8'));
    return { status: 200, body: document };
  },
});

export const handler = httpHandler({
  routes: {
    'GET /health': health,
    'GET /v1/gemeenten/{cbs}/profiel': profiel,
    'GET /v1/openapi.json': openapi,
    'GET /v1/verwerkingsactiviteiten': verwerkingsactiviteiten,
  },
  publiek: ['GET /health', 'GET /v1/openapi.json'],
});
