import {
  type IntrekkingBody,
  inburgeraarParams,
  intrekkingBody,
  isGemeenteRol,
  type ToestemmingBody,
  toestemmingBody,
  toestemmingenQuery,
  toestemmingParams,
  verwerkingenQuery,
} from '@wegwijs/contracts';
import {
  Conflict,
  type DepsBron,
  DomainRuleViolation,
  Forbidden,
  httpHandler,
  idVanSleutel,
  losOp,
  metVolgende,
  NotFound,
  type Principal,
  paginaVraag,
  pagineerGelezen,
  route,
  vandaag,
} from '@wegwijs/lambda-kit';
import type { BrokerDeps } from '../app/deps';
import { leesVerwerkingen, leesVoortgang } from '../app/lezen';
import { geefToestemming, trekToestemmingIn } from '../app/toestemmingen';
import { intrekkingVastlegging, Regelfout } from '../domain/toestemming';
import { defaultDeps } from './deps';
import { metStatus, presenteer } from './presentatie';
import { geverVan, toegangTot } from './toegang';

const BASIS = '/v1/inburgeraars/{id}';
const inburgeraar = inburgeraarParams;
const metToestemming = toestemmingParams;

const weiger = (f: Regelfout): never => {
  throw f.status === 409 ? new Conflict(f.detail, f.slug) : new DomainRuleViolation(f.detail, f.slug);
};
const meta = (p: Principal, correlationId: string) => ({
  actor: { rol: p.rol, ...(p.org ? { org: p.org } : {}), sub: p.sub },
  correlationId,
});

export function createHttpHandler(bron: DepsBron<BrokerDeps>) {
  /** Giving and withdrawing: the inburgeraar, or the assigned organisation on their behalf (before any replay). */
  const magGeven = async (principal: Principal, ib: string) =>
    geverVan(principal, await toegangTot(losOp(bron), principal, ib));

  const geven = route({
    params: inburgeraar,
    body: toestemmingBody,
    autoriseer: ({ principal, params }) => magGeven(principal, (params as { id: string }).id),
    async handle({ principal, params, body, correlationId, headers }) {
      const deps = losOp(bron);
      const { id: ib } = params as { id: string };
      const gever = geverVan(principal, await toegangTot(deps, principal, ib));
      const key = headers['idempotency-key'];
      const toestemmingId = key ? idVanSleutel(principal.sub, key) : deps.nieuwId();
      const t = await geefToestemming(
        deps,
        ib,
        body as ToestemmingBody,
        gever,
        meta(principal, correlationId),
        toestemmingId,
      );
      if (t instanceof Regelfout) return weiger(t);
      return { status: 201, body: presenteer(t, 'actief') };
    },
  });

  /** The consents live in the ONE staat item the access check reads: a page costs no further request. */
  const lijst = route({
    params: inburgeraar,
    query: toestemmingenQuery,
    async handle({ principal, params, query }) {
      const deps = losOp(bron);
      const { staat } = await toegangTot(deps, principal, (params as { id: string }).id);
      const dag = vandaag(deps.clock);
      const pagina = pagineerGelezen(staat.toestemmingen, (t) => t.toestemmingId, paginaVraag(query), 'toestemmingen');
      return {
        status: 200,
        body: metVolgende({ items: pagina.items.map((t) => metStatus(t, staat, dag)) }, pagina.volgende),
      };
    },
  });

  const intrekking = route({
    params: metToestemming,
    body: intrekkingBody,
    autoriseer: ({ principal, params }) => magGeven(principal, (params as { id: string }).id),
    async handle({ principal, params, body, correlationId }) {
      const deps = losOp(bron);
      const { id: ib, toestemmingId } = params as { id: string; toestemmingId: string };
      const toegang = await toegangTot(deps, principal, ib);
      const gever = geverVan(principal, toegang);
      if (!toegang.staat.toestemmingen.some((t) => t.toestemmingId === toestemmingId)) throw new NotFound();
      const vastgelegd = intrekkingVastlegging((body as IntrekkingBody).vastgelegd, gever);
      if (vastgelegd instanceof Regelfout) return weiger(vastgelegd);
      const t = await trekToestemmingIn(deps, ib, toestemmingId, gever, meta(principal, correlationId), vastgelegd);
      if (!t) throw new NotFound();
      return { status: 200, body: { toestemmingId, status: 'ingetrokken', ingetrokkenOp: t.ingetrokkenOp } };
    },
  });

  const voortgang = route({
    params: inburgeraar,
    async handle({ principal, params }) {
      const deps = losOp(bron);
      const { id: ib } = params as { id: string };
      const toegang = await toegangTot(deps, principal, ib);
      const rol = principal.rol;
      if (toegang.relatie !== 'gemeente' || !isGemeenteRol(rol)) {
        throw new Forbidden('Shared voortgang is for the gemeente of the inburgeraar.');
      }
      const items = await leesVoortgang(deps, ib, { sub: principal.sub, rol });
      return { status: 200, body: { items } };
    },
  });

  const verwerkingen = route({
    params: inburgeraar,
    query: verwerkingenQuery,
    async handle({ principal, params, query }) {
      const deps = losOp(bron);
      const { id: ib } = params as { id: string };
      const toegang = await toegangTot(deps, principal, ib);
      const mag =
        toegang.relatie === 'inburgeraar' ||
        (toegang.relatie === 'gemeente' && principal.rol === 'functionaris-gegevensbescherming');
      if (!mag)
        throw new Forbidden('The verwerkingenlog is for the inburgeraar and the functionaris gegevensbescherming.');
      return { status: 200, body: await leesVerwerkingen(deps, ib, paginaVraag(query)) };
    },
  });

  return httpHandler({
    routes: {
      [`POST ${BASIS}/toestemmingen`]: geven,
      [`GET ${BASIS}/toestemmingen`]: lijst,
      [`POST ${BASIS}/toestemmingen/{toestemmingId}/intrekking`]: intrekking,
      [`GET ${BASIS}/voortgang`]: voortgang,
      [`GET ${BASIS}/verwerkingen`]: verwerkingen,
    },
  });
}

export const handler = createHttpHandler(defaultDeps());
