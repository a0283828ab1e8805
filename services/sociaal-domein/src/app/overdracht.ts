import { SignaalGeregistreerd, type WarmeOverdrachtBody } from '@wegwijs/contracts';
import { HttpError, logger, niets, type Principal, schrijf, voerUit } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import { OVERDRACHT_TOELICHTING_SIGNAAL, openSignalen, openVerwijzingen } from '../domain/overdracht';
import type { NietOvergedragenItem, Overdracht, OvergedragenItem } from '../domain/typen';
import { isWettelijkePlicht } from '../domain/verwijzing';
import type { SociaalDeps } from './deps';
import { signaalRepository } from './signaal-repository';
import { actorVan, dossierVoorUitvoering } from './toegang';
import { type VerwijzingOorzaak, verwijzingRepository } from './verwijzing-repository';
import { type NieuweVerwijzing, verstuurVerwijzing } from './verwijzingen';

type Reden = NietOvergedragenItem['reden'];
const redenVan = (e: unknown): Reden => {
  if (e instanceof HttpError && e.status === 503) return 'beslispunt-onbereikbaar';
  throw e;
};

/**
 * Marks a handed-over signaal (status overgedragen) or verwijzing (overgedragenIn) through its repository (the
 * referral's with regie's tellingen of the change, like every write of a referral).
 */
async function markeerOvergedragen(
  d: SociaalDeps,
  oorzaak: VerwijzingOorzaak,
  id: string,
  soort: OvergedragenItem['soort'],
  itemId: string,
  overdrachtId: string,
) {
  if (soort === 'signaal') {
    await signaalRepository.wijzig(d, id, itemId, (h) =>
      h ? schrijf({ ...h.staat, status: 'overgedragen' as const, overdrachtId }, [], undefined) : niets(undefined),
    );
  } else {
    await verwijzingRepository.wijzig(d, oorzaak, id, itemId, (h) =>
      h ? schrijf({ ...h.staat, overgedragenIn: overdrachtId }, [], undefined) : niets(undefined),
    );
  }
}

/**
 * The warme overdracht at afronding: every open signaal and verwijzing is handed to the named partner as a new
 * referral, each only where the broker permits it. A signaal needs a permit for `signalen` (explicit consent) before
 * the referral itself is asked for; the new referral carries a neutral toelichting, so a signaal's content never
 * travels under a verwijzing consent. What could not be handed over is listed, so that the begeleider can ask the
 * inburgeraar for consent.
 */
export async function draagWarmOver(
  d: SociaalDeps,
  principal: Principal,
  id: string,
  body: WarmeOverdrachtBody,
  correlationId: string,
): Promise<Overdracht> {
  const dossier = await dossierVoorUitvoering(d, principal, id);
  const actor = actorVan(principal);
  const overdrachtId = d.nieuwId();
  const overgedragen: OvergedragenItem[] = [];
  const nietOvergedragen: NietOvergedragenItem[] = [];
  const ctx = { dossier, actor, correlationId };
  const oorzaak: VerwijzingOorzaak = { gemeente: dossier.gemeente, actor, correlationId };
  // The overdracht is recorded first (`bezig`), on the one write path, so every referral it makes names a stored
  // overdracht; its outcome is the same aggregate's second write. A new id: no read before the first write.
  const sleutel = keys.overdracht(id, overdrachtId);
  const begonnen: Overdracht = {
    overdrachtId,
    inburgeraarId: id,
    naar: body.naar,
    datum: body.datum,
    status: 'bezig',
    overgedragen: [],
    nietOvergedragen: [],
    begonnenOp: d.clock.now().toISOString(),
  };
  await voerUit(d, d.overdrachten, sleutel, () => schrijf(begonnen, [], undefined), { gelezen: undefined });

  const draagOver = async (soort: OvergedragenItem['soort'], itemId: string, nieuw: NieuweVerwijzing) => {
    try {
      const uitkomst = await verstuurVerwijzing(d, ctx, { ...nieuw, uitOverdracht: overdrachtId });
      if (uitkomst.soort === 'geweigerd') {
        nietOvergedragen.push({ soort, id: itemId, reden: 'toestemming-vereist' });
        return;
      }
      await markeerOvergedragen(d, oorzaak, id, soort, itemId, overdrachtId);
      overgedragen.push({ soort, id: itemId, verwijzingId: uitkomst.verwijzing.verwijzingId });
    } catch (e) {
      nietOvergedragen.push({ soort, id: itemId, reden: redenVan(e) });
    }
  };

  for (const signaal of openSignalen(await d.store.signalen(id))) {
    let mag: boolean;
    try {
      const besluit = await d.beslispunt.beslis({
        inburgeraarId: id,
        gemeente: dossier.gemeente,
        categorie: 'signalen',
        // Each hand-over is a new share: its own bronId, so the broker decides afresh (it answers a repeated
        // bronId with its first decision).
        bronId: `${signaal.signaalId}:${overdrachtId}`,
        bronDetailType: SignaalGeregistreerd.detailType,
        actor,
        wettelijkePlicht: isWettelijkePlicht(body.naar),
        correlationId,
      });
      mag = besluit.besluit === 'permit';
    } catch (e) {
      nietOvergedragen.push({ soort: 'signaal', id: signaal.signaalId, reden: redenVan(e) });
      continue;
    }
    if (!mag) {
      nietOvergedragen.push({ soort: 'signaal', id: signaal.signaalId, reden: 'toestemming-vereist' });
      continue;
    }
    await draagOver('signaal', signaal.signaalId, {
      naar: body.naar,
      toelichting: OVERDRACHT_TOELICHTING_SIGNAAL,
      signaalId: signaal.signaalId,
    });
  }
  for (const v of openVerwijzingen(await d.store.verwijzingen(id))) {
    await draagOver('verwijzing', v.verwijzingId, {
      naar: body.naar,
      toelichting: v.toelichting,
      ...(v.signaalId ? { signaalId: v.signaalId } : {}),
    });
  }

  const vastgelegd: Overdracht = {
    ...begonnen,
    status: 'vastgelegd',
    overgedragen,
    nietOvergedragen,
    vastgelegdOp: d.clock.now().toISOString(),
  };
  // The record as the first write left it: the write path decides on it without reading it again.
  const overdracht = await voerUit(
    d,
    d.overdrachten,
    sleutel,
    (h) => (h ? schrijf(vastgelegd, [], vastgelegd) : niets(vastgelegd)),
    { gelezen: { staat: begonnen, versie: 1, uitgaand: [] } },
  );
  logger.info('warme overdracht', {
    inburgeraarId: id,
    overdrachtId,
    overgedragen: overgedragen.length,
    nietOvergedragen: nietOvergedragen.length,
  });
  return overdracht;
}
