import { terugwijzingBody, VerwijzingAfgerond, verwijzingParams, verwijzingStapBody } from '@wegwijs/contracts';
import { Conflict, event, Forbidden, logger, NotFound, type RouteRequest, route } from '@wegwijs/lambda-kit';
import type { Deps } from '../../deps';
import type { Verwijzing } from '../../domain/typen';
import { magStap, type Stap, volgendeStatus } from '../../domain/verwijzing';
import { actorVan, dossierVoor } from '../toegang';

type Req = RouteRequest<
  { reden?: string; redenCode?: Verwijzing['redenCode'] },
  { id: string; verwijzingId: string },
  unknown
>;

/** The access check of a lifecycle step (the dossier's relation and the role), before an Idempotency-Key replay. */
async function vereisStapRecht(deps: () => Deps, stap: Stap, req: Req) {
  const { relatie } = await dossierVoor(deps(), req.principal, req.params.id);
  if (!magStap(relatie, req.principal.rol, stap))
    throw new Forbidden(`Your role may not do the ${stap} of a referral.`);
}

/** One step of a referral's lifecycle: check the role and the transition, write conditionally, publish. */
async function zetStap(deps: () => Deps, stap: Stap, req: Req) {
  const d = deps();
  const { id, verwijzingId } = req.params;
  const { dossier, relatie } = await dossierVoor(d, req.principal, id);
  const verwijzing = await d.store.verwijzing(id, verwijzingId);
  if (!verwijzing) throw new NotFound();
  if (!magStap(relatie, req.principal.rol, stap))
    throw new Forbidden(`Your role may not do the ${stap} of a referral.`);
  const status = volgendeStatus(verwijzing.status, stap);
  if (!status)
    throw new Conflict(`A referral with status ${verwijzing.status} does not allow ${stap}.`, 'ongeldige-overgang');
  const { reden, redenCode } = req.body ?? {};
  const bijgewerktOp = d.clock.now().toISOString();
  if (!(await d.store.wijzigStatus(id, verwijzingId, verwijzing.status, { status, bijgewerktOp, reden, redenCode }))) {
    throw new Conflict('The referral was changed at the same time; read it again.', 'ongeldige-overgang');
  }
  try {
    // The reden is free text of the partner: it stays here; the event carries the code only.
    await d.publisher.publish(
      event(
        VerwijzingAfgerond,
        {
          gemeente: dossier.gemeente,
          inburgeraarId: id,
          actor: actorVan(req.principal),
          correlationId: req.correlationId,
        },
        { verwijzingId, status, ...(redenCode ? { redenCode } : {}) },
      ),
    );
  } catch (e) {
    await d.store.wijzigStatus(id, verwijzingId, status, {
      status: verwijzing.status,
      bijgewerktOp: verwijzing.bijgewerktOp,
    });
    throw e;
  }
  logger.info('verwijzing bijgewerkt', { inburgeraarId: id, verwijzingId, status });
  return { status: 200, body: { verwijzingId, status } };
}

export const acceptatieRoute = (deps: () => Deps) =>
  route({
    body: verwijzingStapBody,
    params: verwijzingParams,
    autoriseer: (req) => vereisStapRecht(deps, 'acceptatie', req as Req),
    handle: (req) => zetStap(deps, 'acceptatie', req as Req),
  });

export const terugwijzingRoute = (deps: () => Deps) =>
  route({
    body: terugwijzingBody,
    params: verwijzingParams,
    autoriseer: (req) => vereisStapRecht(deps, 'terugwijzing', req),
    handle: (req) => zetStap(deps, 'terugwijzing', req),
  });

export const afrondingRoute = (deps: () => Deps) =>
  route({
    body: verwijzingStapBody,
    params: verwijzingParams,
    autoriseer: (req) => vereisStapRecht(deps, 'afronding', req as Req),
    handle: (req) => zetStap(deps, 'afronding', req as Req),
  });
