import { AanmeldingGeregistreerd, aanmeldingBody } from '@wegwijs/contracts';
import { Conflict, DomainRuleViolation, logger, route, uitgaand, vereisRol } from '@wegwijs/lambda-kit';
import { meldAan, zelfdeAanmelding } from '../domain/aanmelding';
import { type AanmeldingDeps, afgeleidId } from './deps';
import { metaVoor, profielOf, verstuurVoor, weergaveVoor } from './gedeeld';
import { vereisGemeente } from './toegang';

/** `POST /v1/aanmeldingen`: the inburgeringsconsulent registers an inburgeraar for their gemeente. */
export const aanmelden = (deps: AanmeldingDeps) =>
  route({
    body: aanmeldingBody,
    async autoriseer({ principal, body }) {
      vereisGemeente(principal, body.gemeente, deps.config().gemeenten);
      vereisRol(principal, ['inburgeringsconsulent']);
    },
    async handle({ principal, body, correlationId, headers }) {
      vereisGemeente(principal, body.gemeente, deps.config().gemeenten);
      vereisRol(principal, ['inburgeringsconsulent']);
      const profiel = profielOf(body.gemeente);
      const key = headers['idempotency-key'];
      const inburgeraarId = key ? afgeleidId(principal.sub, key) : deps.nieuwId();
      const uitkomst = meldAan(profiel, body, inburgeraarId, deps.clock.now().toISOString());
      if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
      const { inburgeraar } = uitkomst;
      const geregistreerd = uitgaand(AanmeldingGeregistreerd, metaVoor(principal, inburgeraar, correlationId), {
        doelgroep: inburgeraar.doelgroep,
        uitvoeringsorganisatie: inburgeraar.uitvoeringsorganisatie,
        koppelingsdatum: inburgeraar.koppelingsdatum,
      });
      const store = deps.store();
      if (await store.maakAan(inburgeraar, [geregistreerd])) {
        await verstuurVoor(deps, inburgeraarId, [geregistreerd]);
        logger.info('aanmelding geregistreerd', { inburgeraarId, gemeente: inburgeraar.gemeente });
        return { status: 201, body: weergaveVoor(deps, principal, 'gemeente', inburgeraar, false) };
      }
      // Only a retry with the same Idempotency-Key reaches an existing id: finish what the first attempt began.
      const bestaand = await store.haal(inburgeraarId);
      if (!bestaand || !zelfdeAanmelding(bestaand.inburgeraar, body)) {
        throw new Conflict('This Idempotency-Key was used for another aanmelding.', 'idempotency-key-hergebruikt');
      }
      await verstuurVoor(deps, inburgeraarId, bestaand.uitgaand);
      return { status: 201, body: weergaveVoor(deps, principal, 'gemeente', bestaand.inburgeraar, false) };
    },
  });
