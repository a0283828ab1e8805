import { type AanmeldingBody, AanmeldingGeregistreerd, type InburgeraarResponse } from '@wegwijs/contracts';
import { Conflict, DomainRuleViolation, niets, type Principal, schrijf, uitgaand } from '@wegwijs/lambda-kit';
import { meldAan, zelfdeAanmelding } from '../domain/aanmelding';
import type { AanmeldingDeps } from './deps';
import { metaVoor, profielOf, weergaveVoor } from './gedeeld';
import { wijzigInburgeraar } from './tellingen';
import { vereisGemeente } from './toegang';

/**
 * Registers an inburgeraar. With an Idempotency-Key the id is derived from caller and key, so a retry after a failure
 * finds the inburgeraar the first attempt stored (and publishes what it left pending) instead of making a second one.
 */
export async function meldInburgeraarAan(
  deps: AanmeldingDeps,
  principal: Principal,
  body: AanmeldingBody,
  inburgeraarId: string,
  correlationId: string,
): Promise<InburgeraarResponse> {
  vereisGemeente(principal, body.gemeente, deps.config.gemeenten);
  const profiel = profielOf(body.gemeente);
  const oorzaak = { actor: principal, correlationId };
  return wijzigInburgeraar(deps, inburgeraarId, oorzaak, (huidig) => {
    if (huidig) {
      if (!zelfdeAanmelding(huidig.staat, body)) {
        throw new Conflict('This Idempotency-Key was used for another aanmelding.', 'idempotency-key-hergebruikt');
      }
      return niets(weergaveVoor(deps, principal, 'gemeente', huidig.staat, false));
    }
    const uitkomst = meldAan(profiel, body, inburgeraarId, deps.clock.now().toISOString());
    if (uitkomst.kind === 'geweigerd') {
      const velden = uitkomst.veld ? [{ path: uitkomst.veld, message: uitkomst.detail }] : undefined;
      throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug, velden);
    }
    const { inburgeraar } = uitkomst;
    const geregistreerd = uitgaand(AanmeldingGeregistreerd, metaVoor(principal, inburgeraar, correlationId), {
      doelgroep: inburgeraar.doelgroep,
      uitvoeringsorganisatie: inburgeraar.uitvoeringsorganisatie,
      ...(inburgeraar.koppelingsdatum ? { koppelingsdatum: inburgeraar.koppelingsdatum } : {}),
    });
    return schrijf(inburgeraar, [geregistreerd], weergaveVoor(deps, principal, 'gemeente', inburgeraar, false));
  });
}
