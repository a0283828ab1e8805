import { terugwijzingBody, VerwijzingAfgerond, verwijzingParams, verwijzingStapBody } from '@wegwijs/contracts';
import {
  Conflict,
  Forbidden,
  logger,
  NotFound,
  type RouteRequest,
  route,
  schrijf,
  uitgaand,
  voerUit,
} from '@wegwijs/lambda-kit';
import { keys } from '../../adapters/keys';
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

/** One step of a referral's lifecycle: check the role and the transition, then one conditional write with its event. */
async function zetStap(deps: () => Deps, stap: Stap, req: Req) {
  const d = deps();
  const { id, verwijzingId } = req.params;
  const { dossier, relatie } = await dossierVoor(d, req.principal, id);
  if (!magStap(relatie, req.principal.rol, stap)) {
    const bestaat = await d.verwijzingen.laad(keys.verwijzing(id, verwijzingId));
    if (!bestaat) throw new NotFound();
    throw new Forbidden(`Your role may not do the ${stap} of a referral.`);
  }
  const { reden, redenCode } = req.body ?? {};
  const meta = {
    gemeente: dossier.gemeente,
    inburgeraarId: id,
    actor: actorVan(req.principal),
    correlationId: req.correlationId,
  };
  const status = await voerUit(d, d.verwijzingen, keys.verwijzing(id, verwijzingId), (huidig) => {
    if (!huidig) throw new NotFound();
    const verwijzing = huidig.staat;
    const volgende = volgendeStatus(verwijzing.status, stap);
    if (!volgende) {
      throw new Conflict(`A referral with status ${verwijzing.status} does not allow ${stap}.`, 'ongeldige-overgang');
    }
    const bijgewerktOp = d.clock.now().toISOString();
    const nieuw: Verwijzing = {
      ...verwijzing,
      status: volgende,
      bijgewerktOp,
      ...(reden !== undefined ? { reden } : {}),
      ...(redenCode !== undefined ? { redenCode } : {}),
    };
    // The reden is free text of the partner: it stays here; the event carries the code only.
    const afgerond = uitgaand(VerwijzingAfgerond, meta, {
      verwijzingId,
      status: volgende,
      ...(redenCode ? { redenCode } : {}),
    });
    return schrijf(nieuw, [afgerond], volgende);
  });
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
