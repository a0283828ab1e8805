import {
  BrpIngeschreven,
  datumBody,
  type EventContract,
  UitvoeringsorganisatieGewijzigd,
  uitvoeringsorganisatieBody,
  WoningToegewezen,
} from '@wegwijs/contracts';
import { Conflict, DomainRuleViolation, logger, NotFound, type Principal, route, uitgaand } from '@wegwijs/lambda-kit';
import { organisatiesVan } from '@wegwijs/profielen';
import type { Opgeslagen } from '../adapters/inburgeraar-store';
import { beslisDatum } from '../domain/datums';
import type { DatumSoort } from '../domain/inburgeraar';
import { beslisUitvoeringsorganisatie } from '../domain/uitvoering';
import type { AanmeldingDeps } from './deps';
import { metaVoor, verstuurVoor, weergaveVoor } from './gedeeld';
import { inburgeraarParams } from './inburgeraar';
import { relatieOf404, vereisConsulent } from './toegang';

/** Loads the inburgeraar for a consulent's write, and first publishes what an earlier write left pending. */
async function laadVoorSchrijven(deps: AanmeldingDeps, principal: Principal, inburgeraarId: string) {
  const opgeslagen = await deps.store().haal(inburgeraarId);
  if (!opgeslagen) throw new NotFound();
  vereisConsulent(principal, relatieOf404(principal, opgeslagen.inburgeraar));
  await verstuurVoor(deps, inburgeraarId, opgeslagen.uitgaand);
  return opgeslagen;
}

const antwoord = (deps: AanmeldingDeps, principal: Principal, opgeslagen: Opgeslagen) => ({
  status: 200,
  body: weergaveVoor(deps, principal, 'gemeente', opgeslagen.inburgeraar),
});

/**
 * `POST .../woningtoewijzing` and `POST .../brp-inschrijving`: records the date once; the same date again answers
 * 200 without a new event, another date 409, a date before the koppeling 422.
 */
export const datumVastleggen = (deps: AanmeldingDeps, soort: DatumSoort, contract: EventContract) =>
  route({
    params: inburgeraarParams,
    body: datumBody,
    autoriseer: ({ principal, params }) => laadVoorSchrijven(deps, principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      let opgeslagen = await laadVoorSchrijven(deps, principal, params.id);
      for (let poging = 0; poging < 2; poging++) {
        const uitkomst = beslisDatum(opgeslagen.inburgeraar, soort, body.datum);
        if (uitkomst.kind === 'al-vastgelegd') return antwoord(deps, principal, opgeslagen);
        if (uitkomst.kind === 'conflict') throw new Conflict(uitkomst.detail, 'datum-al-vastgelegd');
        if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
        const e = uitgaand(contract, metaVoor(principal, opgeslagen.inburgeraar, correlationId), {
          datum: body.datum,
        });
        if (await deps.store().zetDatum(params.id, soort, body.datum, [e])) {
          await verstuurVoor(deps, params.id, [e]);
          logger.info('datum vastgelegd', { inburgeraarId: params.id, soort });
          return antwoord(deps, principal, {
            ...opgeslagen,
            inburgeraar: { ...opgeslagen.inburgeraar, [soort]: body.datum },
          });
        }
        // Another request set it first: decide again against what it stored.
        const opnieuw = await deps.store().haal(params.id);
        if (!opnieuw) throw new NotFound();
        opgeslagen = opnieuw;
      }
      throw new Conflict('The inburgeraar changed while recording the date; try again.');
    },
  });

export const woningtoewijzing = (deps: AanmeldingDeps) =>
  datumVastleggen(deps, 'woningtoewijzingsdatum', WoningToegewezen);
export const brpInschrijving = (deps: AanmeldingDeps) =>
  datumVastleggen(deps, 'brpInschrijvingsdatum', BrpIngeschreven);

/** `PUT .../uitvoeringsorganisatie`: the consulent assigns the traject to another organisation serving the gemeente. */
export const uitvoeringsorganisatie = (deps: AanmeldingDeps) =>
  route({
    params: inburgeraarParams,
    body: uitvoeringsorganisatieBody,
    autoriseer: ({ principal, params }) => laadVoorSchrijven(deps, principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const opgeslagen = await laadVoorSchrijven(deps, principal, params.id);
      const { inburgeraar } = opgeslagen;
      const bedienend = organisatiesVan(deps.config(), inburgeraar.gemeente).map((o) => o.id);
      const uitkomst = beslisUitvoeringsorganisatie(inburgeraar, body.uitvoeringsorganisatie, body.datum, bedienend);
      if (uitkomst.kind === 'ongewijzigd') return antwoord(deps, principal, opgeslagen);
      if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
      const e = uitgaand(UitvoeringsorganisatieGewijzigd, metaVoor(principal, inburgeraar, correlationId), {
        van: uitkomst.van,
        naar: uitkomst.naar,
        datum: body.datum,
      });
      if (!(await deps.store().wijzigOrganisatie(params.id, uitkomst.van, uitkomst.naar, [e]))) {
        throw new Conflict('The uitvoeringsorganisatie was changed by another request; read it again.');
      }
      await verstuurVoor(deps, params.id, [e]);
      logger.info('uitvoeringsorganisatie gewijzigd', {
        inburgeraarId: params.id,
        van: uitkomst.van,
        naar: uitkomst.naar,
      });
      return antwoord(deps, principal, {
        ...opgeslagen,
        inburgeraar: { ...inburgeraar, uitvoeringsorganisatie: uitkomst.naar },
      });
    },
  });
