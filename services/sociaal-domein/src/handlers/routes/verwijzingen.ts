import { inburgeraarParams as params, verwijzingBody } from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
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
    async handle({ principal, params: { id } }) {
      return { status: 200, body: { items: await leesVerwijzingen(deps(), principal, id) } };
    },
  });
