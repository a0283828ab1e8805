import { inburgeraarParams as params, warmeOverdrachtBody } from '@wegwijs/contracts';
import { route } from '@wegwijs/lambda-kit';
import type { SociaalDeps } from '../../app/deps';
import { draagWarmOver } from '../../app/overdracht';
import { dossierVoorUitvoering } from '../../app/toegang';

/** `POST /v1/inburgeraars/{id}/warme-overdracht`: at afronding, open signalen and verwijzingen to a new partner. */
export const warmeOverdrachtRoute = (deps: () => SociaalDeps) =>
  route({
    body: warmeOverdrachtBody,
    params,
    autoriseer: ({ principal, params }) => dossierVoorUitvoering(deps(), principal, params.id),
    async handle({ principal, body, params: { id }, correlationId }) {
      const overdracht = await draagWarmOver(deps(), principal, id, body, correlationId);
      const { overdrachtId, naar, datum, overgedragen, nietOvergedragen } = overdracht;
      const antwoord = { overdrachtId, naar, datum, overgedragen, nietOvergedragen };
      return { status: 201, body: antwoord };
    },
  });
