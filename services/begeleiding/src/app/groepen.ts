import type {
  GroepsaanwezigheidBody,
  GroepsactiviteitBody,
  GroepsactiviteitenQuery,
  InschrijvingBody,
  PlanLijstQuery,
} from '@wegwijs/contracts';
import {
  doetMbVan,
  Forbidden,
  isGemeenteMedewerker,
  metVolgende,
  NotFound,
  niets,
  type Principal,
  paginaVraag,
  schrijf,
  voerUit,
} from '@wegwijs/lambda-kit';
import { type Profiel, profielVan } from '@wegwijs/profielen';
import { groepsactiviteitSleutel } from '../adapters/keys';
import {
  type Groepsactiviteit,
  type Inschrijving,
  legAanwezigheidVast,
  nieuweActiviteit,
  schrijfIn,
} from '../domain/groepen';
import { Regelfout } from '../domain/regels';
import type { BegeleidingDeps } from './deps';
import { UITVOERDERS, volgensRegels } from './toegang';
import { leesEigenTraject, leesLijstInTraject, schrijfOpTraject, type Verzoek } from './traject-schrijven';

/** The organisations that do MB in a gemeente: those its profile assigns to a doelgroep, and those they work with. */
const mbOrganisaties = (profiel: Profiel) =>
  profiel.doelgroepen.flatMap((d) => [
    ...(d.uitvoeringsorganisatie ? [d.uitvoeringsorganisatie] : []),
    ...(d.samenMet ?? []),
  ]);

/** The gemeente of a request about its group activities: one this deployment serves and the caller works for (404). */
function gemeenteVan(deps: BegeleidingDeps, principal: Principal, cbs: string): Profiel {
  const profiel = profielVan(cbs);
  if (!profiel || !deps.config.gemeenten.includes(cbs) || !principal.gemeenten.includes(cbs)) throw new NotFound();
  return profiel;
}

/** The organisation the caller organises for: one that does MB in the gemeente (its own staff, or in-house). */
function organisatorVan(principal: Principal, profiel: Profiel): string {
  const org = mbOrganisaties(profiel).find((o) => doetMbVan(principal, o));
  if (!org) throw new Forbidden('Groepsactiviteiten worden georganiseerd door een organisatie die de MB uitvoert.');
  return org;
}

/** The access check of organising (before an Idempotency-Key replay): 404 outside the caller's reach, 403 else. */
export const vereisOrganisator = async (deps: BegeleidingDeps, principal: Principal, cbs: string) =>
  organisatorVan(principal, gemeenteVan(deps, principal, cbs));

/** `POST /v1/gemeenten/{cbs}/groepsactiviteiten`: an organisation that does MB there organises one of its groepsaanbod. */
export function organiseer(
  deps: BegeleidingDeps,
  principal: Principal,
  cbs: string,
  body: GroepsactiviteitBody,
): Promise<Groepsactiviteit> {
  return volgensRegels(async () => {
    const profiel = gemeenteVan(deps, principal, cbs);
    const organisatie = organisatorVan(principal, profiel);
    const activiteitId = deps.nieuwId();
    const activiteit = nieuweActiviteit(profiel, body, {
      activiteitId,
      gemeente: cbs,
      organisatie,
      nu: deps.clock.now().toISOString(),
    });
    return voerUit(deps, deps.groepen.opslag, groepsactiviteitSleutel(cbs, activiteitId), (huidig) =>
      huidig ? niets(huidig.staat) : schrijf(activiteit, [], activiteit),
    );
  });
}

/** `GET /v1/gemeenten/{cbs}/groepsactiviteiten`: for the gemeente's staff and the organisations doing MB there. */
export async function groepsactiviteiten(
  deps: BegeleidingDeps,
  principal: Principal,
  cbs: string,
  query: GroepsactiviteitenQuery,
) {
  const profiel = gemeenteVan(deps, principal, cbs);
  if (!isGemeenteMedewerker(principal)) organisatorVan(principal, profiel);
  const pagina = await deps.groepen.pagina(cbs, paginaVraag(query));
  return metVolgende({ items: pagina.activiteiten }, pagina.volgende);
}

async function activiteitVan(deps: BegeleidingDeps, gemeente: string, activiteitId: string) {
  return (await deps.groepen.opslag.laad(groepsactiviteitSleutel(gemeente, activiteitId)))?.staat;
}

/** The gemeente of the traject of a request (the access check's read of the same request: no second read). */
async function trajectGemeente(deps: BegeleidingDeps, req: Verzoek): Promise<string> {
  return (await leesEigenTraject(deps, req.principal, req.params.id)).traject.gemeente;
}

/** `POST /v1/inburgeraars/{id}/groepsactiviteiten`: enrol the inburgeraar in an activity of its gemeente. */
export async function schrijfInVoor(
  deps: BegeleidingDeps,
  req: Verzoek,
  body: InschrijvingBody,
): Promise<Inschrijving> {
  return volgensRegels(async () => {
    const gemeente = await trajectGemeente(deps, req);
    const activiteit = await activiteitVan(deps, gemeente, body.activiteitId);
    if (!activiteit) {
      throw new Regelfout('regel', 'groepsactiviteit-onbekend', 'Geen groepsactiviteit van deze gemeente.', [
        { path: 'activiteitId', message: 'is not a group activity of the gemeente of this inburgeraar' },
      ]);
    }
    const { traject } = await schrijfOpTraject(deps, req, UITVOERDERS, (t, profiel, dag) => ({
      traject: schrijfIn(profiel, t, activiteit, dag),
      events: [],
    }));
    return inschrijvingVan(traject.groepsactiviteiten, activiteit.activiteitId);
  });
}

/** `PUT .../groepsactiviteiten/{activiteitId}/aanwezigheid`: attendance at one bijeenkomst. */
export async function legGroepsaanwezigheidVast(
  deps: BegeleidingDeps,
  req: Verzoek,
  activiteitId: string,
  body: GroepsaanwezigheidBody,
): Promise<Inschrijving> {
  return volgensRegels(async () => {
    const gemeente = await trajectGemeente(deps, req);
    const activiteit = await activiteitVan(deps, gemeente, activiteitId);
    if (!activiteit) throw new NotFound();
    const { traject } = await schrijfOpTraject(deps, req, UITVOERDERS, (t, _profiel, dag) => ({
      traject: legAanwezigheidVast(t, activiteit, body, dag),
      events: [],
    }));
    return inschrijvingVan(traject.groepsactiviteiten, activiteitId);
  });
}

function inschrijvingVan(inschrijvingen: readonly Inschrijving[] | undefined, activiteitId: string): Inschrijving {
  const inschrijving = inschrijvingen?.find((i) => i.activiteitId === activiteitId);
  if (!inschrijving) throw new NotFound();
  return inschrijving;
}

/** `GET /v1/inburgeraars/{id}/groepsactiviteiten`: the enrolments with attendance, for the organisation and the person. */
export const groepsinschrijvingen = (
  deps: BegeleidingDeps,
  principal: Principal,
  id: string,
  query: PlanLijstQuery | undefined,
) =>
  leesLijstInTraject(
    deps,
    principal,
    id,
    (t) => t.groepsactiviteiten ?? [],
    (i) => `${i.ingeschrevenOp}|${i.activiteitId}`,
    query,
  );
