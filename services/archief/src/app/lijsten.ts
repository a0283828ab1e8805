import { metVolgende, type PaginaVraag, type Principal, vereisRol } from '@wegwijs/lambda-kit';
import { isVernietigd } from '../domain/persoon';
import { vernietigenVanaf } from '../domain/termijn';
import type { ArchiefDeps } from './deps';
import { vereisGemeente } from './toegang';

/** `GET /v1/vernietigingslijst?gemeente=`: everyone whose bewaartermijn passed (the daily job put them there). */
export async function vernietigingslijst(
  deps: ArchiefDeps,
  principal: Principal,
  gemeente: string,
  vraag: PaginaVraag,
) {
  vereisGemeente(principal, gemeente);
  vereisRol(principal, ['informatiebeheerder']);
  const pagina = await deps.store.lijst(gemeente, vraag);
  const items = pagina.items.flatMap((p) => {
    if (isVernietigd(p)) return [];
    const dag = vernietigenVanaf(p, deps.termijnen);
    return [
      {
        inburgeraarId: p.inburgeraarId,
        einddatum: p.einddatum ?? p.aangemeldOp,
        vernietigenVanaf: dag?.datum ?? p.aangemeldOp,
        bron: { soort: dag?.soort ?? 'dossier', ...(dag?.bron ?? deps.termijnen.dossier.bron) },
      },
    ];
  });
  return metVolgende({ items }, pagina.volgende);
}

/** `GET /v1/vernietigingsverslagen?gemeente=`: the verslagen, newest first; no personal data beyond the opaque id. */
export async function vernietigingsverslagen(
  deps: ArchiefDeps,
  principal: Principal,
  gemeente: string,
  vraag: PaginaVraag,
) {
  vereisGemeente(principal, gemeente);
  vereisRol(principal, ['informatiebeheerder', 'functionaris-gegevensbescherming']);
  const pagina = await deps.store.verslagenVan(gemeente, vraag);
  const items = pagina.items.map((v) => ({
    verslagId: v.verslagId,
    inburgeraarId: v.inburgeraarId,
    reden: v.reden,
    ...(v.goedgekeurdDoor ? { goedgekeurdDoor: v.goedgekeurdDoor } : {}),
    aangevraagdOp: v.aangevraagdOp,
    contexten: v.contexten,
    ...(v.voltooidOp ? { voltooidOp: v.voltooidOp } : {}),
  }));
  return metVolgende({ items }, pagina.volgende);
}
