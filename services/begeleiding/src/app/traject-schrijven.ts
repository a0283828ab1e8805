import type { PlanLijstQuery, Rol } from '@wegwijs/contracts';
import { Forbidden, NotFound, type Principal, paginaVraag, pagineerGelezen, vandaag } from '@wegwijs/lambda-kit';
import type { Profiel } from '@wegwijs/profielen';
import { faseOp } from '../domain/fase';
import { Regelfout, vereisNietAfgerond } from '../domain/regels';
import { isBekend, type Traject } from '../domain/traject';
import type { BegeleidingDeps } from './deps';
import { actorVan, type BekendTraject, laadTraject, volgensRegels } from './toegang';
import { type EventContext, metFase, type Wijziging, wijzigTraject } from './traject-werk';

/** Who asks, for which inburgeraar (the route's request carries exactly this). */
export interface Verzoek {
  principal: Principal;
  correlationId: string;
  params: { id: string };
}

/** A traject item stays well under DynamoDB's 400 KB: a write that would make it larger is refused (422). */
export const MAX_TRAJECT_BYTES = 300_000;

function vereisPast(t: Traject): void {
  if (Buffer.byteLength(JSON.stringify(t)) > MAX_TRAJECT_BYTES) {
    throw new Regelfout('regel', 'traject-te-groot', 'The traject holds too much to add this; shorten its texts.');
  }
}

/**
 * A write of the assigned uitvoeringsorganisatie to a traject that is not afgerond, on the one write path: load,
 * decide (`beslissing`: undefined for no change; it may throw a Regelfout), one conditional write with its events.
 * Answers the traject as stored, with the profile and the day.
 */
export function schrijfOpTraject(
  deps: BegeleidingDeps,
  req: Verzoek,
  rollen: readonly Rol[],
  beslissing: (t: BekendTraject, profiel: Profiel, dag: string, ctx: EventContext) => Wijziging | undefined,
): Promise<{ traject: BekendTraject; profiel: Profiel; dag: string }> {
  return volgensRegels(async () => {
    const { profiel, gelezen } = await laadTraject(deps, req.principal, req.params.id, rollen);
    const dag = vandaag(deps.clock);
    const ctx: EventContext = { actor: actorVan(req.principal), correlationId: req.correlationId };
    const na = await wijzigTraject(
      deps,
      { inburgeraarId: req.params.id },
      ctx,
      (huidig) => {
        if (!isBekend(huidig)) throw new NotFound();
        vereisNietAfgerond(faseOp(profiel, huidig, dag).fase);
        const w = beslissing(huidig, profiel, dag, ctx);
        if (!w) return undefined;
        vereisPast(w.traject);
        return metFase(deps, w, ctx);
      },
      gelezen,
    );
    if (!isBekend(na)) throw new NotFound();
    return { traject: na, profiel, dag };
  });
}

/** A read of what the uitvoeringsorganisatie keeps: the organisation and the inburgeraar; the gemeente gets 403. */
export async function leesEigenTraject(deps: BegeleidingDeps, principal: Principal, id: string) {
  const toegang = await laadTraject(deps, principal, id);
  if (toegang.relatie === 'gemeente') {
    throw new Forbidden('This stays with the uitvoeringsorganisatie; the gemeente receives what the broker permits.');
  }
  return toegang;
}

/** One page of a list inside the traject, sorted by `sleutel` (the kit's one pagination); a foreign cursor is 400. */
export const pagina = <T>(items: readonly T[], sleutel: (item: T) => string, query: PlanLijstQuery | undefined) =>
  pagineerGelezen(items, sleutel, paginaVraag(query), 'traject', { opSleutel: true });

/**
 * A list the traject holds (`lijst`), for the organisation and the inburgeraar: one page in `sleutel` order (the kit's
 * one pagination; a foreign cursor is 400).
 */
export async function leesLijstInTraject<T>(
  deps: BegeleidingDeps,
  principal: Principal,
  id: string,
  lijst: (t: BekendTraject) => readonly T[],
  sleutel: (item: T) => string,
  query: PlanLijstQuery | undefined,
) {
  const { traject } = await leesEigenTraject(deps, principal, id);
  return pagina(lijst(traject), sleutel, query);
}
