import { inburgeraarParams as params, verwijzingBody, verwijzingenQuery } from '@wegwijs/contracts';
import { paginaVraag, route } from '@wegwijs/lambda-kit';
import type { SociaalDeps } from '../../app/deps';
import { dossierVoorUitvoering } from '../../app/toegang';
import { leesVerwijzingen, stuurVerwijzing } from '../../app/verwijzingen';

/** `POST /v1/inburgeraars/{id}/verwijzingen`: a referral, only after the broker's permit. */
export const verwijzingRoute = (deps: () => SociaalDeps) =>
  route({
    body: verwijzingBody,
    params,
    autoriseer: ({ principal, params }) => dossierVoorUitvoering(deps(), principal, params.id),
    async handle({ principal, body, params: { id }, correlationId }) {
      const nieuw = {
        naar: body.naar,
        toelichting: body.toelichting,
        ...(body.signaalId !== undefined ? { signaalId: body.signaalId } : {}),
      };
      const verwijzing = await stuurVerwijzing(deps(), principal, id, nieuw, correlationId);
      return { status: 201, body: { verwijzingId: verwijzing.verwijzingId } };
    },
  });

/** `GET /v1/inburgeraars/{id}/verwijzingen`. */
export const verwijzingenRoute = (deps: () => SociaalDeps) =>
  route({
    params,
    query: verwijzingenQuery,
    async handle({ principal, params: { id }, query }) {
      return { status: 200, body: await leesVerwijzingen(deps(), principal, id, paginaVraag(query)) };
    },
  });
