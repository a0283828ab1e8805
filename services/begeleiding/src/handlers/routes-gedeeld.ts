import { type PlanLijstQuery, planLijstQuery, type Rol, trajectParams } from '@wegwijs/contracts';
import { type Principal, type RouteRequest, route } from '@wegwijs/lambda-kit';
import type { BegeleidingDeps } from '../app/deps';
import { type BekendTraject, laadTraject } from '../app/toegang';
import { leesLijstInTraject } from '../app/traject-schrijven';

/** The `autoriseer` of a write to a traject: staff of the assigned organisation in one of `rollen` (404/403 else). */
export const schrijfrecht =
  (deps: () => BegeleidingDeps, rollen: readonly Rol[]) => (req: { principal: Principal; params: { id: string } }) =>
    laadTraject(deps(), req.principal, req.params.id, rollen);

/**
 * `GET` of a list the traject holds (`lijst`), for the organisation and the inburgeraar: a page at a time in `sleutel`
 * order, each item as `weergave` shows it.
 */
export const lijstInTraject = <T>(
  deps: () => BegeleidingDeps,
  lijst: (t: BekendTraject) => readonly T[],
  sleutel: (item: T) => string,
  weergave: (item: T) => unknown,
) =>
  route({
    params: trajectParams,
    query: planLijstQuery,
    async handle(req: RouteRequest<undefined, { id: string }, PlanLijstQuery>) {
      const p = await leesLijstInTraject(deps(), req.principal, req.params.id, lijst, sleutel, req.query);
      return { status: 200, body: { ...p, items: p.items.map(weergave) } };
    },
  });
