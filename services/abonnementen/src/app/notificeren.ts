import type { Aflevering } from '../adapters/store';
import { type Gebeurtenis, past, uitgifteVoor } from '../domain/notificatie';
import { probeer } from './afleveren';
import type { AbonnementenDeps } from './deps';

/**
 * A domain event (from the EVENT_ROUTES table: never a categorie event) becomes a notification for every subscription
 * whose organisation may read what it names and whose channel and filters match. Each delivery is stored first (keyed
 * by subscription and notification: a repeated event changes nothing) and attempted at once; the sweep retries.
 */
export async function notificeer(deps: AbonnementenDeps, e: Gebeurtenis): Promise<void> {
  const uitgifte = uitgifteVoor(e, deps.basisUrl);
  if (!uitgifte) return;
  const { notificatie } = uitgifte;
  const body = JSON.stringify(notificatie);
  const nu = deps.clock.now().toISOString();
  for (const ontvanger of uitgifte.ontvangers) {
    const abonnementen = await deps.store.alleVan(ontvanger.org);
    for (const abonnement of abonnementen.filter((a) => past(a, notificatie, ontvanger))) {
      const aflevering: Aflevering = {
        abonnementId: abonnement.abonnementId,
        org: abonnement.org,
        notificatieId: notificatie.notificatieId,
        kanaal: notificatie.kanaal,
        aangemaaktOp: notificatie.aangemaaktOp,
        body,
        status: 'bezig',
        pogingen: 0,
        volgendePoging: nu,
        sinds: nu,
      };
      const nieuw = await deps.store.nieuweAflevering(aflevering);
      if (nieuw) await probeer(deps, nieuw);
    }
  }
}
