import { inburgeraarParams as params, verwijzingBody } from '@wegwijs/contracts';
import { DomainRuleViolation, Forbidden, route } from '@wegwijs/lambda-kit';
import type { Deps } from '../../deps';
import { weergave } from '../../domain/verwijzing';
import { actorVan, dossierVoor, dossierVoorUitvoering } from '../toegang';
import { toestemmingVereist, verstuurVerwijzing } from '../verstuur';

/** `POST /v1/inburgeraars/{id}/verwijzingen`: a referral, only after the broker's permit. */
export const verwijzingRoute = (deps: () => Deps) =>
  route({
    body: verwijzingBody,
    params,
    autoriseer: ({ principal, params }) => dossierVoorUitvoering(deps(), principal, params.id),
    async handle({ principal, body, params: { id }, correlationId }) {
      const d = deps();
      const dossier = await dossierVoorUitvoering(d, principal, id);
      if (body.signaalId !== undefined && !(await d.store.signaal(id, body.signaalId))) {
        throw new DomainRuleViolation('signaalId is not a signaal of this inburgeraar.', 'signaal-onbekend', [
          { path: 'signaalId', message: 'is not a signaal of this inburgeraar' },
        ]);
      }
      const uitkomst = await verstuurVerwijzing(
        d,
        { dossier, actor: actorVan(principal), correlationId },
        {
          naar: body.naar,
          toelichting: body.toelichting,
          ...(body.signaalId !== undefined ? { signaalId: body.signaalId } : {}),
        },
      );
      if (uitkomst.soort === 'geweigerd') throw toestemmingVereist();
      return { status: 201, body: { verwijzingId: uitkomst.verwijzing.verwijzingId } };
    },
  });

/**
 * `GET /v1/inburgeraars/{id}/verwijzingen`: the assigned uitvoeringsorganisatie sees its referrals in full; gemeente
 * roles of that gemeente see each referral's line and status (weergave); the inburgeraar's own view is elsewhere.
 */
export const verwijzingenRoute = (deps: () => Deps) =>
  route({
    params,
    async handle({ principal, params: { id } }) {
      const d = deps();
      const { relatie } = await dossierVoor(d, principal, id);
      if (relatie === 'inburgeraar') throw new Forbidden();
      const items = (await d.store.verwijzingen(id))
        .sort((a, b) => a.datum.localeCompare(b.datum) || a.verwijzingId.localeCompare(b.verwijzingId))
        .map((v) => weergave(v, relatie));
      return { status: 200, body: { items } };
    },
  });
