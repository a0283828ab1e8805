import { type SignaalBody, SignaalGeregistreerd } from '@wegwijs/contracts';
import { logger, niets, type Principal, schrijf, uitgaand } from '@wegwijs/lambda-kit';
import type { Signaal } from '../domain/typen';
import type { SociaalDeps } from './deps';
import { signaalRepository } from './signaal-repository';
import { actorVan, dossierVoorUitvoering } from './toegang';

/**
 * The begeleider's signaal: stored here and published with categorie signalen, so it reaches the gemeente only
 * through the consent broker under an explicit consent. The signaal and its event are one write.
 */
export async function registreerSignaal(
  d: SociaalDeps,
  principal: Principal,
  id: string,
  body: SignaalBody,
  correlationId: string,
): Promise<Signaal> {
  const dossier = await dossierVoorUitvoering(d, principal, id);
  const signaal: Signaal = {
    signaalId: d.nieuwId(),
    inburgeraarId: id,
    ...body,
    status: 'open',
    geregistreerdOp: d.clock.now().toISOString(),
  };
  const geregistreerd = uitgaand(
    SignaalGeregistreerd,
    { gemeente: dossier.gemeente, inburgeraarId: id, actor: actorVan(principal), correlationId },
    {
      signaalId: signaal.signaalId,
      datum: body.datum,
      soort: body.soort,
      urgentie: body.urgentie,
      toelichting: body.toelichting,
    },
  );
  await signaalRepository.wijzig(d, id, signaal.signaalId, (huidig) =>
    huidig ? niets(undefined) : schrijf(signaal, [geregistreerd], undefined),
  );
  logger.info('signaal geregistreerd', { inburgeraarId: id, signaalId: signaal.signaalId });
  return signaal;
}
