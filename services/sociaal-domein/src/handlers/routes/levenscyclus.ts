import { terugwijzingBody, verwijzingParams, verwijzingStapBody } from '@wegwijs/contracts';
import { type RouteRequest, route } from '@wegwijs/lambda-kit';
import type { SociaalDeps } from '../../app/deps';
import { vereisStapRecht, zetStap } from '../../app/levenscyclus';
import type { Verwijzing } from '../../domain/typen';
import type { Stap } from '../../domain/verwijzing';

type Req = RouteRequest<
  { reden?: string; redenCode?: Verwijzing['redenCode'] },
  { id: string; verwijzingId: string },
  unknown
>;

const autoriseer = (deps: () => SociaalDeps, stap: Stap) => (req: Req) =>
  vereisStapRecht(deps(), stap, req.principal, req.params.id, req.params.verwijzingId);

const handle = (deps: () => SociaalDeps, stap: Stap) => async (req: Req) => {
  const { id, verwijzingId } = req.params;
  const status = await zetStap(deps(), stap, {
    principal: req.principal,
    id,
    verwijzingId,
    reden: req.body?.reden,
    redenCode: req.body?.redenCode,
    correlationId: req.correlationId,
  });
  return { status: 200, body: { verwijzingId, status } };
};

export const acceptatieRoute = (deps: () => SociaalDeps) =>
  route({
    body: verwijzingStapBody,
    params: verwijzingParams,
    autoriseer: (req) => autoriseer(deps, 'acceptatie')(req as Req),
    handle: (req) => handle(deps, 'acceptatie')(req as Req),
  });

export const terugwijzingRoute = (deps: () => SociaalDeps) =>
  route({
    body: terugwijzingBody,
    params: verwijzingParams,
    autoriseer: autoriseer(deps, 'terugwijzing'),
    handle: handle(deps, 'terugwijzing'),
  });

export const afrondingRoute = (deps: () => SociaalDeps) =>
  route({
    body: verwijzingStapBody,
    params: verwijzingParams,
    autoriseer: (req) => autoriseer(deps, 'afronding')(req as Req),
    handle: (req) => handle(deps, 'afronding')(req as Req),
  });
