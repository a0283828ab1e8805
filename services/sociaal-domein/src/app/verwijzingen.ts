import { type Actor, type VerwijzingPartner, VerwijzingVerstuurd } from '@wegwijs/contracts';
import {
  DomainRuleViolation,
  Forbidden,
  logger,
  metVolgende,
  niets,
  type PaginaVraag,
  type Principal,
  schrijf,
  uitgaand,
} from '@wegwijs/lambda-kit';
import type { Dossier, Verwijzing } from '../domain/typen';
import { isWettelijkePlicht, standaardGrondslag, weergave } from '../domain/verwijzing';
import type { SociaalDeps } from './deps';
import { actorVan, dossierVoor, dossierVoorUitvoering } from './toegang';
import { verwijzingRepository } from './verwijzing-repository';

export interface NieuweVerwijzing {
  naar: VerwijzingPartner;
  toelichting: string;
  signaalId?: string;
  uitOverdracht?: string;
}

export type VerstuurUitkomst = { soort: 'verstuurd'; verwijzing: Verwijzing } | { soort: 'geweigerd'; reden: string };

/**
 * Sends one referral: asks the broker's decision point first (categorie verwijzing, bronId = the new verwijzingId);
 * only on a permit are the verwijzing and its VerwijzingVerstuurd stored in one write (the kit's write path), then
 * published; what a failed publish leaves pending, the relay publishes, so nothing stored stays unsent.
 */
export async function verstuurVerwijzing(
  d: SociaalDeps,
  ctx: { dossier: Dossier; actor: Actor; correlationId: string },
  nieuw: NieuweVerwijzing,
): Promise<VerstuurUitkomst> {
  const { dossier, actor, correlationId } = ctx;
  const verwijzingId = d.nieuwId();
  const besluit = await d.beslispunt.beslis({
    inburgeraarId: dossier.inburgeraarId,
    gemeente: dossier.gemeente,
    categorie: 'verwijzing',
    bronId: verwijzingId,
    bronDetailType: VerwijzingVerstuurd.detailType,
    actor,
    wettelijkePlicht: isWettelijkePlicht(nieuw.naar),
    correlationId,
  });
  if (besluit.besluit !== 'permit') {
    logger.info('verwijzing geweigerd', { inburgeraarId: dossier.inburgeraarId, bronId: verwijzingId });
    return { soort: 'geweigerd', reden: besluit.reden };
  }
  const nu = d.clock.now().toISOString();
  const verwijzing: Verwijzing = {
    verwijzingId,
    inburgeraarId: dossier.inburgeraarId,
    naar: nieuw.naar,
    status: 'verstuurd',
    datum: nu.slice(0, 10),
    toelichting: nieuw.toelichting,
    grondslag: besluit.grondslag ?? standaardGrondslag(nieuw.naar),
    verstuurdDoor: actor.org ?? '',
    bijgewerktOp: nu,
    ...(nieuw.signaalId ? { signaalId: nieuw.signaalId } : {}),
    ...(besluit.toestemmingId ? { toestemmingId: besluit.toestemmingId } : {}),
    ...(nieuw.uitOverdracht ? { uitOverdracht: nieuw.uitOverdracht } : {}),
  };
  const verstuurd = uitgaand(
    VerwijzingVerstuurd,
    { gemeente: dossier.gemeente, inburgeraarId: dossier.inburgeraarId, actor, correlationId },
    {
      verwijzingId,
      naar: verwijzing.naar,
      toelichting: verwijzing.toelichting,
      grondslag: verwijzing.grondslag,
      ...(verwijzing.signaalId ? { signaalId: verwijzing.signaalId } : {}),
      ...(verwijzing.toestemmingId ? { toestemmingId: verwijzing.toestemmingId } : {}),
    },
  );
  const oorzaak = { gemeente: dossier.gemeente, actor, correlationId };
  await verwijzingRepository.wijzig(d, oorzaak, dossier.inburgeraarId, verwijzingId, (huidig) =>
    huidig ? niets(undefined) : schrijf(verwijzing, [verstuurd], undefined),
  );
  logger.info('verwijzing verstuurd', {
    inburgeraarId: dossier.inburgeraarId,
    verwijzingId,
    grondslag: verwijzing.grondslag,
    ...(verwijzing.toestemmingId ? { toestemmingId: verwijzing.toestemmingId } : {}),
  });
  return { soort: 'verstuurd', verwijzing };
}

export const toestemmingVereist = () =>
  new DomainRuleViolation(
    'This referral needs an active consent of the inburgeraar covering verwijzing for this gemeente; nothing was sent.',
    'toestemming-vereist',
  );

/** `POST verwijzingen`: a referral of the assigned uitvoeringsorganisatie, only after the broker's permit. */
export async function stuurVerwijzing(
  d: SociaalDeps,
  principal: Principal,
  id: string,
  body: NieuweVerwijzing,
  correlationId: string,
): Promise<Verwijzing> {
  const dossier = await dossierVoorUitvoering(d, principal, id);
  if (body.signaalId !== undefined && !(await d.store.signaal(id, body.signaalId))) {
    throw new DomainRuleViolation('signaalId is not a signaal of this inburgeraar.', 'signaal-onbekend', [
      { path: 'signaalId', message: 'is not a signaal of this inburgeraar' },
    ]);
  }
  const uitkomst = await verstuurVerwijzing(d, { dossier, actor: actorVan(principal), correlationId }, body);
  if (uitkomst.soort === 'geweigerd') throw toestemmingVereist();
  return uitkomst.verwijzing;
}

/**
 * `GET verwijzingen`: the assigned uitvoeringsorganisatie sees its referrals in full; gemeente roles of that gemeente
 * see each referral's line and status (weergave); the inburgeraar's own view is elsewhere.
 */
export async function leesVerwijzingen(d: SociaalDeps, principal: Principal, id: string, vraag: PaginaVraag) {
  const { relatie } = await dossierVoor(d, principal, id);
  if (relatie === 'inburgeraar') throw new Forbidden();
  const pagina = await d.store.verwijzingenPagina(id, vraag);
  return metVolgende({ items: pagina.items.map((v) => weergave(v, relatie, principal.org)) }, pagina.volgende);
}
