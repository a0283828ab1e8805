import { type InburgeringBody, InburgeringsmijlpaalVastgelegd, type TijdlijnResponse } from '@wegwijs/contracts';
import {
  Conflict,
  DomainRuleViolation,
  NotFound,
  niets,
  type Principal,
  schrijf,
  uitgaand,
  vandaag,
} from '@wegwijs/lambda-kit';
import type { Inburgeraar } from '../domain/inburgeraar';
import { beslisInburgering } from '../domain/inburgering';
import { type TijdlijnLezer, tijdlijn } from '../domain/tijdlijn';
import type { AanmeldingDeps } from './deps';
import { metaVoor, sleutel } from './gedeeld';
import { wijzigInburgeraar } from './tellingen';
import { relatieOf404, vereisConsulent } from './toegang';

const volledig: TijdlijnLezer = { soort: 'volledig' };

/**
 * The inburgeringsconsulent records one fact of the inburgering on the inburgeraar's item, with the event the broker
 * decides on (what the assigned uitvoeringsorganisatie may see) in the same write. Answers the gemeente's timeline.
 */
export function legInburgeringVast(
  deps: AanmeldingDeps,
  principal: Principal,
  inburgeraarId: string,
  body: InburgeringBody,
  mijlpaalId: string,
  correlationId: string,
): Promise<TijdlijnResponse> {
  const oorzaak = { actor: principal, correlationId };
  return wijzigInburgeraar(deps, inburgeraarId, oorzaak, (huidig) => {
    if (!huidig) throw new NotFound();
    const inburgeraar = huidig.staat;
    vereisConsulent(principal, relatieOf404(principal, inburgeraar));
    const uitkomst = beslisInburgering(inburgeraar, body, vandaag(deps.clock), mijlpaalId);
    if (uitkomst.kind === 'ongewijzigd') return niets(tijdlijn(inburgeraar, volledig));
    if (uitkomst.kind === 'conflict') throw new Conflict(uitkomst.detail, 'mijlpaal-al-vastgelegd');
    if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
    const { feit } = uitkomst;
    const nieuw: Inburgeraar = {
      ...inburgeraar,
      inburgering: { ...inburgeraar.inburgering, [body.soort]: feit },
    };
    const e = uitgaand(InburgeringsmijlpaalVastgelegd, metaVoor(principal, inburgeraar, correlationId), {
      mijlpaalId: feit.mijlpaalId,
      soort: body.soort,
      datum: feit.datum,
      ...(feit.leerroute ? { leerroute: feit.leerroute } : {}),
      ...(feit.begeleiderUitgenodigd !== undefined && feit.begeleiderAanwezig === undefined
        ? { begeleiderUitgenodigd: feit.begeleiderUitgenodigd }
        : {}),
      ...(feit.begeleiderAanwezig !== undefined ? { begeleiderAanwezig: feit.begeleiderAanwezig } : {}),
      ...(feit.wijziging ? { wijziging: { aanleiding: feit.wijziging.aanleiding } } : {}),
    });
    return schrijf(nieuw, [e], tijdlijn(nieuw, volledig));
  });
}

/** The timeline: the gemeente's roles and the inburgeraar see all of it, the assigned organisation what was shared. */
export async function leesTijdlijn(
  deps: AanmeldingDeps,
  principal: Principal,
  inburgeraarId: string,
): Promise<TijdlijnResponse> {
  const geladen = await deps.opslag.laad(sleutel(inburgeraarId));
  if (!geladen) throw new NotFound();
  const relatie = relatieOf404(principal, geladen.staat);
  const lezer: TijdlijnLezer =
    relatie === 'uitvoering' ? { soort: 'uitvoering', organisatie: geladen.staat.uitvoeringsorganisatie } : volledig;
  return tijdlijn(geladen.staat, lezer);
}
