import type { PersoonContext, Verslagreden } from '@wegwijs/contracts';
import {
  Conflict,
  DomainRuleViolation,
  logger,
  NotFound,
  niets,
  type Principal,
  schrijf,
  vandaag,
  voerUit,
} from '@wegwijs/lambda-kit';
import { persoonSleutel, verslagSleutel } from '../adapters/keys';
import { goedgekeurd, teVerwijderen, uitgesteld, Weigering } from '../domain/levensloop';
import { type Aanvraag, isVernietigd, type Persoon } from '../domain/persoon';
import { logboekVanaf } from '../domain/termijn';
import { contextKlaar, nieuwVerslag, openContexten, type Verslag, voltooid } from '../domain/verslag';
import type { ArchiefDeps } from './deps';
import { laadPersoon } from './toegang';

const alsProbleem = (e: unknown): never => {
  if (e instanceof Weigering) {
    if (e.soort === 'niet-op-lijst') throw new Conflict(e.message);
    throw new DomainRuleViolation(e.message, e.soort);
  }
  throw e;
};

/**
 * Starts a destruction: the person's item takes the aanvraag (status `wordt-vernietigd`, on the open index) in ONE
 * write, then the verslag is written, then every context destroys. A crash after the first write is resumed by
 * `hervat` (at start and by the daily job): the verslag's id is in the person's item, so nothing is lost or doubled.
 */
async function start(
  deps: ArchiefDeps,
  inburgeraarId: string,
  beslis: (p: Persoon, aanvraag: Aanvraag) => Persoon,
  aanvraag: Aanvraag,
): Promise<string> {
  const persoon = await voerUit(deps, deps.store.personen, persoonSleutel(inburgeraarId), (huidig) => {
    const staat = huidig?.staat;
    if (!staat || isVernietigd(staat)) throw new NotFound();
    let nieuw: Persoon;
    try {
      nieuw = beslis(staat, aanvraag);
    } catch (e) {
      return alsProbleem(e);
    }
    return nieuw === staat ? niets(staat) : schrijf(nieuw, [], nieuw);
  });
  const verslagId = persoon.aanvraag?.verslagId ?? aanvraag.verslagId;
  try {
    await voltooi(deps, persoon);
  } catch (e) {
    // Accepted all the same (202): the destruction is stored and resumes at start and by the daily job.
    logger.error('destruction not finished, it resumes later', {
      verslagId,
      errorName: e instanceof Error ? e.name : 'Error',
    });
  }
  return verslagId;
}

/** `POST /v1/vernietigingslijst/{id}/akkoord`: the informatiebeheerder approves the destruction of one entry. */
export async function akkoord(deps: ArchiefDeps, principal: Principal, inburgeraarId: string): Promise<string> {
  await laadPersoon(deps, principal, inburgeraarId, ['informatiebeheerder']);
  const aanvraag: Aanvraag = {
    verslagId: deps.nieuwId(),
    reden: 'bewaartermijn-verstreken',
    goedgekeurdDoor: principal.sub,
    aangevraagdOp: deps.clock.now().toISOString(),
  };
  return start(deps, inburgeraarId, goedgekeurd, aanvraag);
}

/** `POST /v1/inburgeraars/{id}/verwijdering`: the consulent removes an aanmelding received in error, at once. */
export async function verwijder(
  deps: ArchiefDeps,
  principal: Principal,
  inburgeraarId: string,
  reden: Exclude<Verslagreden, 'bewaartermijn-verstreken'>,
): Promise<string> {
  await laadPersoon(deps, principal, inburgeraarId, ['inburgeringsconsulent']);
  const aanvraag: Aanvraag = {
    verslagId: deps.nieuwId(),
    reden,
    goedgekeurdDoor: principal.sub,
    aangevraagdOp: deps.clock.now().toISOString(),
  };
  return start(deps, inburgeraarId, teVerwijderen, aanvraag);
}

/** `POST /v1/vernietigingslijst/{id}/uitstel`: postponed until `tot`, with a reason; back on the list on that day. */
export async function stelUit(
  deps: ArchiefDeps,
  principal: Principal,
  inburgeraarId: string,
  body: { tot: string; reden: string },
) {
  await laadPersoon(deps, principal, inburgeraarId, ['informatiebeheerder']);
  const dag = vandaag(deps.clock);
  return voerUit(deps, deps.store.personen, persoonSleutel(inburgeraarId), (huidig) => {
    const staat = huidig?.staat;
    if (!staat || isVernietigd(staat)) throw new NotFound();
    try {
      const nieuw = uitgesteld(staat, body.tot, body.reden, dag);
      return schrijf(nieuw, [], { inburgeraarId, tot: body.tot, reden: body.reden });
    } catch (e) {
      return alsProbleem(e);
    }
  });
}

/** Writes the verslag of a started destruction if it is not there yet (the first step after the person's write). */
async function zorgVoorVerslag(deps: ArchiefDeps, persoon: Persoon, aanvraag: Aanvraag): Promise<Verslag> {
  const logboek = logboekVanaf(persoon, deps.termijnen, vandaag(deps.clock));
  return voerUit(deps, deps.store.verslagen, verslagSleutel(aanvraag.verslagId), (huidig) => {
    if (huidig) return niets(huidig.staat);
    const v = nieuwVerslag(persoon.inburgeraarId, persoon.gemeente, aanvraag, logboek);
    return schrijf(v, [], v);
  });
}

/**
 * Runs a started destruction to its end: each context's `persoon` function destroys (idempotent), each completion is
 * recorded in the verslag at once (a crash loses none), then the archief's own record of the person becomes a
 * tombstone without personal data, and the verslag is complete. Safe to run again at any point.
 */
export async function voltooi(deps: ArchiefDeps, persoon: Persoon): Promise<Verslag> {
  const aanvraag = persoon.aanvraag;
  if (persoon.status !== 'wordt-vernietigd' || !aanvraag) throw new Error('no destruction started for this person');
  let verslag = await zorgVoorVerslag(deps, persoon, aanvraag);
  const sleutel = verslagSleutel(verslag.verslagId);
  for (const context of openContexten(verslag)) {
    if (context === 'archief') continue;
    const { vernietigdOp } = await deps.vernietiger.vernietig(context as PersoonContext, {
      actie: 'vernietig',
      inburgeraarId: persoon.inburgeraarId,
      verslagId: verslag.verslagId,
      fase: 'gegevens',
    });
    verslag = await voerUit(deps, deps.store.verslagen, sleutel, (huidig) => {
      if (!huidig) throw new Error('verslag vanished');
      const nieuw = contextKlaar(huidig.staat, context, vernietigdOp);
      return schrijf(nieuw, [], nieuw);
    });
    logger.info('context destroyed', { context, verslagId: verslag.verslagId });
  }
  // The archief's own record: a tombstone under the hashed key, nothing personal in it.
  await voerUit(deps, deps.store.personen, persoonSleutel(persoon.inburgeraarId), (huidig) =>
    huidig && isVernietigd(huidig.staat) ? niets(undefined) : schrijf({ vernietigd: verslag.verslagId }, [], undefined),
  );
  const nu = deps.clock.now().toISOString();
  verslag = await voerUit(deps, deps.store.verslagen, sleutel, (huidig) => {
    if (!huidig) throw new Error('verslag vanished');
    const nieuw = voltooid(contextKlaar(huidig.staat, 'archief', nu), nu);
    return nieuw === huidig.staat ? niets(nieuw) : schrijf(nieuw, [], nieuw);
  });
  logger.info('destruction complete', { verslagId: verslag.verslagId });
  return verslag;
}

/** The retained verwerkingenlog goes at its own term (fase `logboek` of the broker's `persoon` function). */
export async function vernietigLogboek(deps: ArchiefDeps, verslag: Verslag): Promise<void> {
  if (!verslag.voltooidOp || verslag.logboekVernietigdOp) return;
  const { vernietigdOp } = await deps.vernietiger.vernietig('toestemming', {
    actie: 'vernietig',
    inburgeraarId: verslag.inburgeraarId,
    verslagId: verslag.verslagId,
    fase: 'logboek',
  });
  await voerUit(deps, deps.store.verslagen, verslagSleutel(verslag.verslagId), (huidig) => {
    if (!huidig || huidig.staat.logboekVernietigdOp) return niets(undefined);
    return schrijf({ ...huidig.staat, logboekVernietigdOp: vernietigdOp }, [], undefined);
  });
}

/** Resumes a verslag found on the open index: its contexts, or its log when that term passed. */
export async function hervatVerslag(deps: ArchiefDeps, verslag: Verslag): Promise<void> {
  if (verslag.voltooidOp) {
    await vernietigLogboek(deps, verslag);
    return;
  }
  const geladen = await deps.store.personen.laad(persoonSleutel(verslag.inburgeraarId));
  const staat = geladen?.staat;
  if (staat && !isVernietigd(staat) && staat.status === 'wordt-vernietigd') {
    await voltooi(deps, staat);
    return;
  }
  // The person's item is a tombstone already: only the verslag's last steps are left.
  await voltooi(deps, {
    inburgeraarId: verslag.inburgeraarId,
    gemeente: verslag.gemeente,
    aangemeldOp: verslag.aangevraagdOp.slice(0, 10),
    status: 'wordt-vernietigd',
    aanvraag: {
      verslagId: verslag.verslagId,
      reden: verslag.reden,
      ...(verslag.goedgekeurdDoor ? { goedgekeurdDoor: verslag.goedgekeurdDoor } : {}),
      aangevraagdOp: verslag.aangevraagdOp,
    },
  });
}
