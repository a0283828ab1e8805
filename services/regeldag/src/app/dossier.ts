import {
  type AanmeldingGeregistreerd,
  type BegeleidersGewijzigd,
  type EventData,
  type InburgeraarVerhuisd,
  type Meta,
  type UitvoeringsorganisatieGewijzigd,
  VERHUISD_ELDERS,
} from '@wegwijs/contracts';
import { metBegeleiders, niets, schrijf, voerUit } from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import type { Dossier } from '../domain/typen';
import type { RegeldagDeps } from './deps';

/** Event versions order by occurredAt, then by event id. */
const versieVan = (meta: Meta) => `${meta.occurredAt}#${meta.id}`;

const leeg = (meta: Meta): Dossier => ({ inburgeraarId: meta.inburgeraarId, gemeente: meta.gemeente });

/** The assignment when the event is newer than the one stored (order-independent). */
const wijsToe = (d: Dossier, organisatie: string, versie: string): Dossier | undefined =>
  d.orgVersie !== undefined && d.orgVersie >= versie
    ? undefined
    : { ...d, uitvoeringsorganisatie: organisatie, orgVersie: versie };

/**
 * The projection of each dossier from aanmelding's events. Idempotent and order-independent: the facts of the
 * aanmelding never change, and an assignment older than the stored one changes nothing.
 */
export function registreerAanmelding(deps: RegeldagDeps, meta: Meta, data: EventData<typeof AanmeldingGeregistreerd>) {
  return voerUit(deps, deps.dossiers, keys.dossier(meta.inburgeraarId), (huidig) => {
    const feiten = {
      ...(huidig?.staat ?? leeg(meta)),
      doelgroep: data.doelgroep,
      koppelingsdatum: data.koppelingsdatum,
    };
    const nieuw = wijsToe(feiten, data.uitvoeringsorganisatie, versieVan(meta)) ?? feiten;
    return JSON.stringify(nieuw) === JSON.stringify(huidig?.staat) ? niets(undefined) : schrijf(nieuw, [], undefined);
  });
}

export function wijzigOrganisatie(
  deps: RegeldagDeps,
  meta: Meta,
  data: EventData<typeof UitvoeringsorganisatieGewijzigd>,
) {
  return voerUit(deps, deps.dossiers, keys.dossier(meta.inburgeraarId), (huidig) => {
    const nieuw = wijsToe(huidig?.staat ?? leeg(meta), data.naar, versieVan(meta));
    return nieuw ? schrijf(nieuw, [], true) : niets(false);
  });
}

/**
 * Issue 23: the dossier follows the move to gemeente `naar` and the organisation serving it there (another
 * deployment: none here). Idempotent: applied once, as the newest assignment.
 */
export function verhuisDossier(deps: RegeldagDeps, meta: Meta, data: EventData<typeof InburgeraarVerhuisd>) {
  return voerUit(deps, deps.dossiers, keys.dossier(meta.inburgeraarId), (huidig) => {
    const basis = huidig?.staat ?? leeg(meta);
    if (basis.gemeente === data.naar) return niets(false);
    const nieuw = wijsToe(
      { ...basis, gemeente: data.naar },
      data.uitvoeringsorganisatie ?? VERHUISD_ELDERS,
      versieVan(meta),
    );
    return schrijf(nieuw ?? { ...basis, gemeente: data.naar }, [], true);
  });
}

/** Who is assigned now: the highest stand wins, in any order (a fact before the aanmelding starts the projection). */
export function wijzigBegeleiders(deps: RegeldagDeps, meta: Meta, data: EventData<typeof BegeleidersGewijzigd>) {
  return voerUit(deps, deps.dossiers, keys.dossier(meta.inburgeraarId), (huidig) => {
    const nieuw = metBegeleiders(huidig?.staat ?? leeg(meta), data);
    return nieuw ? schrijf(nieuw, [], true) : niets(false);
  });
}
