import { type Actor, type VerwijzingPartner, VerwijzingVerstuurd } from '@wegwijs/contracts';
import { DomainRuleViolation, logger, niets, schrijf, uitgaand, voerUit } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Deps } from '../deps';
import type { Dossier, Verwijzing } from '../domain/typen';
import { isWettelijkePlicht, standaardGrondslag } from '../domain/verwijzing';

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
  d: Deps,
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
  await voerUit(d, d.verwijzingen, keys.verwijzing(dossier.inburgeraarId, verwijzingId), (huidig) =>
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
