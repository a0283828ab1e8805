import {
  BrpIngeschreven,
  type EventContract,
  type InburgeraarResponse,
  UitvoeringsorganisatieGewijzigd,
  WoningToegewezen,
} from '@wegwijs/contracts';
import {
  Conflict,
  DomainRuleViolation,
  type Geladen,
  NotFound,
  niets,
  type Principal,
  schrijf,
  uitgaand,
} from '@wegwijs/lambda-kit';
import { organisatiesVan } from '@wegwijs/profielen';
import { beslisDatum } from '../domain/datums';
import type { DatumSoort, Inburgeraar } from '../domain/inburgeraar';
import { beslisUitvoeringsorganisatie } from '../domain/uitvoering';
import type { AanmeldingDeps } from './deps';
import { metaVoor, weergaveVoor } from './gedeeld';
import { wijzigInburgeraar } from './tellingen';
import { relatieOf404, vereisConsulent } from './toegang';

/** The inburgeraar a consulent of its gemeente may change; 404 / 403 otherwise. */
function teWijzigen(principal: Principal, huidig: Geladen<Inburgeraar> | undefined): Inburgeraar {
  if (!huidig) throw new NotFound();
  vereisConsulent(principal, relatieOf404(principal, huidig.staat));
  return huidig.staat;
}

const EVENT_VOOR: Record<DatumSoort, EventContract<string>> = {
  woningtoewijzingsdatum: WoningToegewezen,
  brpInschrijvingsdatum: BrpIngeschreven,
};

/** Records a date once: the same date again changes nothing, another date is 409, before the koppeling 422. */
export function legDatumVast(
  deps: AanmeldingDeps,
  principal: Principal,
  inburgeraarId: string,
  soort: DatumSoort,
  datum: string,
  correlationId: string,
): Promise<InburgeraarResponse> {
  const oorzaak = { actor: principal, correlationId };
  return wijzigInburgeraar(deps, inburgeraarId, oorzaak, (huidig) => {
    const inburgeraar = teWijzigen(principal, huidig);
    const uitkomst = beslisDatum(inburgeraar, soort, datum);
    if (uitkomst.kind === 'al-vastgelegd') return niets(weergaveVoor(deps, principal, 'gemeente', inburgeraar));
    if (uitkomst.kind === 'conflict') throw new Conflict(uitkomst.detail, 'datum-al-vastgelegd');
    if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
    const nieuw = { ...inburgeraar, [soort]: datum };
    const e = uitgaand(EVENT_VOOR[soort], metaVoor(principal, inburgeraar, correlationId), { datum } as never);
    return schrijf(nieuw, [e], weergaveVoor(deps, principal, 'gemeente', nieuw));
  });
}

/** The consulent assigns the traject to another organisation that serves the gemeente. */
export function wijsOrganisatieToe(
  deps: AanmeldingDeps,
  principal: Principal,
  inburgeraarId: string,
  naar: string,
  datum: string,
  correlationId: string,
): Promise<InburgeraarResponse> {
  const oorzaak = { actor: principal, correlationId };
  return wijzigInburgeraar(deps, inburgeraarId, oorzaak, (huidig) => {
    const inburgeraar = teWijzigen(principal, huidig);
    const bedienend = organisatiesVan(deps.config, inburgeraar.gemeente).map((o) => o.id);
    const uitkomst = beslisUitvoeringsorganisatie(inburgeraar, naar, datum, bedienend);
    if (uitkomst.kind === 'ongewijzigd') return niets(weergaveVoor(deps, principal, 'gemeente', inburgeraar));
    if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
    const nieuw = { ...inburgeraar, uitvoeringsorganisatie: uitkomst.naar };
    const e = uitgaand(UitvoeringsorganisatieGewijzigd, metaVoor(principal, inburgeraar, correlationId), {
      van: uitkomst.van,
      naar: uitkomst.naar,
      datum,
    });
    return schrijf(nieuw, [e], weergaveVoor(deps, principal, 'gemeente', nieuw));
  });
}
