import { antwoordBody, inburgeraarParams, vraagBody, vraagParams, vragenQuery } from '@wegwijs/contracts';
import { idVanSleutel, type Principal, route } from '@wegwijs/lambda-kit';
import type { SociaalDeps } from '../../app/deps';
import { dossierVoorUitvoering } from '../../app/toegang';
import { beantwoordVraag, dossierVoorConsulent, lijstVragen, stelVraag } from '../../app/vragen';

const nieuwId = (d: SociaalDeps, principal: Principal, key: string | undefined) =>
  key ? idVanSleutel(principal.sub, key) : d.nieuwId();

/** `POST /v1/inburgeraars/{id}/vragen`: the inburgeringsconsulent asks the begeleider. */
export const vraagRoute = (deps: () => SociaalDeps) =>
  route({
    body: vraagBody,
    params: inburgeraarParams,
    autoriseer: ({ principal, params }) => dossierVoorConsulent(deps(), principal, params.id),
    async handle({ principal, body, params: { id }, correlationId, headers }) {
      const d = deps();
      const vraagId = nieuwId(d, principal, headers['idempotency-key']);
      return { status: 201, body: await stelVraag(d, principal, id, body, vraagId, correlationId) };
    },
  });

/** `POST .../vragen/{vraagId}/antwoord`: the assigned organisation answers. */
export const antwoordRoute = (deps: () => SociaalDeps) =>
  route({
    body: antwoordBody,
    params: vraagParams,
    autoriseer: ({ principal, params }) => dossierVoorUitvoering(deps(), principal, params.id),
    async handle({ principal, body, params: { id, vraagId }, correlationId, headers }) {
      const d = deps();
      const antwoordId = nieuwId(d, principal, headers['idempotency-key']);
      return { status: 201, body: await beantwoordVraag(d, principal, id, vraagId, body, antwoordId, correlationId) };
    },
  });

/** `GET /v1/inburgeraars/{id}/vragen`. */
export const vragenRoute = (deps: () => SociaalDeps) =>
  route({
    params: inburgeraarParams,
    query: vragenQuery,
    async handle({ principal, params: { id }, query }) {
      return { status: 200, body: await lijstVragen(deps(), principal, id, query) };
    },
  });
