import { inburgeraarParams as params, SignaalGeregistreerd, signaalBody } from '@wegwijs/contracts';
import { logger, niets, route, schrijf, uitgaand, voerUit } from '@wegwijs/lambda-kit';
import { keys } from '../../adapters/keys';
import type { Deps } from '../../deps';
import type { Signaal } from '../../domain/typen';
import { actorVan, dossierVoorUitvoering } from '../toegang';

/**
 * `POST /v1/inburgeraars/{id}/signalen`: the begeleider's signaal. It is stored here and published with categorie
 * signalen, so it reaches the gemeente only through the consent broker under an explicit consent.
 */
export const signaalRoute = (deps: () => Deps) =>
  route({
    body: signaalBody,
    params,
    autoriseer: ({ principal, params }) => dossierVoorUitvoering(deps(), principal, params.id),
    async handle({ principal, body, params: { id }, correlationId }) {
      const d = deps();
      const dossier = await dossierVoorUitvoering(d, principal, id);
      const b = body;
      const signaal: Signaal = {
        signaalId: d.nieuwId(),
        inburgeraarId: id,
        ...b,
        status: 'open',
        geregistreerdOp: d.clock.now().toISOString(),
      };
      const geregistreerd = uitgaand(
        SignaalGeregistreerd,
        { gemeente: dossier.gemeente, inburgeraarId: id, actor: actorVan(principal), correlationId },
        {
          signaalId: signaal.signaalId,
          datum: b.datum,
          soort: b.soort,
          urgentie: b.urgentie,
          toelichting: b.toelichting,
        },
      );
      // The signaal and its event in one write; what a failed publish leaves pending, the relay publishes.
      await voerUit(d, d.signalen, keys.signaal(id, signaal.signaalId), (huidig) =>
        huidig ? niets(undefined) : schrijf(signaal, [geregistreerd], undefined),
      );
      logger.info('signaal geregistreerd', { inburgeraarId: id, signaalId: signaal.signaalId });
      return { status: 201, body: { signaalId: signaal.signaalId } };
    },
  });
