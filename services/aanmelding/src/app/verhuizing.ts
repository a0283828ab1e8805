import {
  AanmeldingGeregistreerd,
  type InburgeraarResponse,
  InburgeraarVerhuisd,
  type Overdracht,
  type OverdrachtOntvangenResponse,
  type VerhuizingBody,
} from '@wegwijs/contracts';
import { feit } from '@wegwijs/contracts/tellingen-verschil';
import {
  anoniemeMetaVoor,
  Conflict,
  DomainRuleViolation,
  type Geladen,
  NotFound,
  niets,
  type Principal,
  profielOf,
  schrijf,
  uitgaand,
  vandaag,
} from '@wegwijs/lambda-kit';
import { regietellingenEvents } from '@wegwijs/lambda-kit/regietellingen';
import { uitvoeringsorganisatieVoor, verhuisBestemming } from '@wegwijs/profielen';
import type { Inburgeraar } from '../domain/inburgeraar';
import { type Bestemming, beslisVerhuizing, dossierUitOverdracht, overdrachtVan } from '../domain/verhuizing';
import type { AanmeldingDeps } from './deps';
import { metaVoor, sleutel as sleutelVan, weergaveVoor } from './gedeeld';
import { wijzigInburgeraar } from './tellingen';
import { relatieOf404, vereisConsulent } from './toegang';

/** Where `naar` is served, seen from this deployment, with the organisation of the doelgroep when here. */
function bestemmingVan(deps: AanmeldingDeps, inburgeraar: Inburgeraar, naar: string): Bestemming | undefined {
  const b = verhuisBestemming(deps.config, naar);
  if (!b) return undefined;
  if (b.soort === 'elders') return { soort: 'elders', naam: b.naam };
  return {
    soort: 'hier',
    organisatie: uitvoeringsorganisatieVoor(profielOf(naar), inburgeraar.doelgroep) ?? undefined,
  };
}

/**
 * `POST /v1/inburgeraars/{id}/verhuizing` (issue 23): the consulent of the current gemeente records the move. ONE write
 * of the dossier: it now belongs to the new gemeente (here, with the organisation serving the doelgroep there) or to
 * nobody here but the inburgeraar (another deployment: the consumer hands it over). InburgeraarVerhuisd lets every
 * context follow; regie counts one move out of the old gemeente and, within the deployment, one into the new one.
 */
export function verhuis(
  deps: AanmeldingDeps,
  principal: Principal,
  inburgeraarId: string,
  body: VerhuizingBody,
  correlationId: string,
): Promise<InburgeraarResponse> {
  const verhuizingId = deps.nieuwId();
  const oorzaak = { actor: principal, correlationId };
  return wijzigInburgeraar(deps, inburgeraarId, oorzaak, (huidig: Geladen<Inburgeraar> | undefined) => {
    if (!huidig) throw new NotFound();
    vereisConsulent(principal, relatieOf404(principal, huidig.staat));
    const inburgeraar = huidig.staat;
    const uitkomst = beslisVerhuizing(
      inburgeraar,
      { verhuizingId, naar: body.naarGemeente, datum: body.datum, vandaag: vandaag(deps.clock) },
      bestemmingVan(deps, inburgeraar, body.naarGemeente),
    );
    if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
    const { verhuizing } = uitkomst;
    const verhuisd = uitgaand(InburgeraarVerhuisd, metaVoor(principal, inburgeraar, correlationId), {
      verhuizingId,
      van: verhuizing.van,
      naar: verhuizing.naar,
      datum: verhuizing.datum,
      doelgroep: inburgeraar.doelgroep,
      ...(uitkomst.uitvoeringsorganisatie ? { uitvoeringsorganisatie: uitkomst.uitvoeringsorganisatie } : {}),
    });
    const telling = (gemeente: string, indicator: 'verhuisd-uit' | 'verhuisd-in') =>
      regietellingenEvents('wegwijs.aanmelding', anoniemeMetaVoor(principal, gemeente, correlationId), [
        feit('fasen', indicator, verhuizing.datum, { doelgroep: inburgeraar.doelgroep }),
      ]);
    const tellingen = [
      ...telling(verhuizing.van, 'verhuisd-uit'),
      // Across deployments the new gemeente's deployment counts the move in when it receives the hand-over.
      ...(verhuizing.elders ? [] : telling(verhuizing.naar, 'verhuisd-in')),
    ];
    const nieuw = uitkomst.inburgeraar;
    return schrijf(nieuw, [verhuisd, ...tellingen], weergaveVoor(deps, principal, 'gemeente', nieuw));
  });
}

/**
 * InburgeraarVerhuisd to another deployment: the hand-over of what the new gemeente may have, signed and sent to the
 * new gemeente's deployment. Throws while it cannot be delivered, so the bus retries (then a dead letter, an alarm);
 * the receiver answers a repeated hand-over once.
 */
export async function draagOver(deps: AanmeldingDeps, inburgeraarId: string, verhuizingId: string): Promise<void> {
  const huidig = await deps.opslag.laad(sleutelVan(inburgeraarId));
  const verhuizing = huidig?.staat.verhuizingen?.find((v) => v.verhuizingId === verhuizingId);
  if (!huidig || !verhuizing?.elders) return;
  const bestemming = verhuisBestemming(deps.config, verhuizing.naar);
  if (bestemming?.soort !== 'elders') throw new Error(`no receiver configured for gemeente ${verhuizing.naar}`);
  await deps.overdracht.verstuur(bestemming.url, overdrachtVan(huidig.staat, verhuizing));
}

/**
 * `POST /v1/verhuizingen`: a verified hand-over makes the dossier in the new gemeente, assigned to the organisation
 * that serves the doelgroep here. AanmeldingGeregistreerd lets this deployment's contexts start the traject with it;
 * regie counts it as a move in (not as an aanmelding). A repeated hand-over is answered the same; another one for the
 * same person while the first is here is 409.
 */
export function ontvangOverdracht(
  deps: AanmeldingDeps,
  o: Overdracht,
  correlationId: string,
): Promise<OverdrachtOntvangenResponse> {
  const antwoord = { verhuizingId: o.verhuizingId, inburgeraarId: o.inburgeraarId, gemeente: o.naar };
  const organisatie = uitvoeringsorganisatieVoor(profielOf(o.naar), o.doelgroep);
  if (!organisatie) {
    throw new DomainRuleViolation(
      `Gemeente ${o.naar} has no uitvoeringsorganisatie for doelgroep ${o.doelgroep}.`,
      'geen-uitvoeringsorganisatie',
    );
  }
  // The gemeente receives it on its legal task: the event names the gemeente's consulent role as the actor.
  const actor = { rol: 'inburgeringsconsulent' as const, org: `gemeente-${o.naar}` };
  return wijzigInburgeraar(deps, o.inburgeraarId, { actor, correlationId }, (huidig) => {
    if (huidig) {
      if (huidig.staat.herkomst?.verhuizingId === o.verhuizingId) return niets(antwoord);
      throw new Conflict('This inburgeraar already has a dossier here.', 'dossier-bestaat');
    }
    const dossier = dossierUitOverdracht(o, organisatie, deps.clock.now().toISOString());
    const meta = { gemeente: o.naar, inburgeraarId: o.inburgeraarId, actor, correlationId };
    const geregistreerd = uitgaand(AanmeldingGeregistreerd, meta, {
      doelgroep: dossier.doelgroep,
      uitvoeringsorganisatie: organisatie,
      ...(dossier.koppelingsdatum ? { koppelingsdatum: dossier.koppelingsdatum } : {}),
    });
    return schrijf(dossier, [geregistreerd], antwoord);
  });
}
