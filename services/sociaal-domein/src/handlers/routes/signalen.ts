import { inburgeraarParams as params, signaalBody } from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import type { SociaalDeps } from '../../app/deps';
import { registreerSignaal } from '../../app/signalen';
import { dossierVoorUitvoering } from '../../app/toegang';

/** `POST /v1/inburgeraars/{id}/signalen`: the begeleider's signaal. */
export const signaalRoute = (deps: () => SociaalDeps) =>
  route({
    body: signaalBody,
    params,
    autoriseer: ({ principal, params }) => dossierVoorUitvoering(deps(), principal, params.id),
    async handle({ principal, body, params: { id }, correlationId }) {
      const signaal = await registreerSignaal(deps(), principal, id, body, correlationId);
      return { status: 201, body: { signaalId: signaal.signaalId } };
    },
  });
