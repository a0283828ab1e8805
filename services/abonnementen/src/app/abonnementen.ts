import type { AbonnementBody, AbonnementWeergave } from '@wegwijs/contracts';
import { DomainRuleViolation, Forbidden, NotFound, type PaginaVraag, type Principal } from '@wegwijs/lambda-kit';
import type { Abonnement, Aflevering } from '../adapters/store';
import { beoordeelCallback, callbackHost } from '../domain/callback';
import { probeer } from './afleveren';
import type { AbonnementenDeps } from './deps';

const MAG_ABONNEREN = ['inburgeringsconsulent', 'beleidsmedewerker', 'teamleider'] as const;

/** The caller's organisation; every subscription belongs to one (403 for any other role). */
export function organisatie(p: Principal): string {
  if (!(MAG_ABONNEREN as readonly string[]).includes(p.rol) || !p.org) {
    throw new Forbidden('Subscriptions are for an inburgeringsconsulent, beleidsmedewerker or teamleider.');
  }
  return p.org;
}

export const weergave = (a: Abonnement): AbonnementWeergave => ({
  abonnementId: a.abonnementId,
  callbackUrl: a.callbackUrl,
  kanalen: a.kanalen,
  filters: a.filters,
  aangemaaktOp: a.aangemaaktOp,
});

/** `POST /v1/abonnementen`: 422 for a callback URL the deployment does not allow (every resolved address judged). */
export async function abonneer(deps: AbonnementenDeps, p: Principal, body: AbonnementBody) {
  const org = organisatie(p);
  if (body.filters?.gemeente && !p.gemeenten.includes(body.filters.gemeente)) {
    throw new DomainRuleViolation('filters.gemeente must be one of your gemeenten.', 'gemeente-buiten-bereik');
  }
  const h = callbackHost(body.callbackUrl);
  const fout = beoordeelCallback(body.callbackUrl, 'fout' in h ? [] : await deps.zoekOp(h.host), deps.beleid);
  if (fout) throw new DomainRuleViolation(fout, 'callback-niet-toegestaan');
  const a: Abonnement = {
    abonnementId: deps.nieuwId(),
    org,
    rol: p.rol,
    gemeenten: [...p.gemeenten],
    callbackUrl: body.callbackUrl,
    kanalen: [...new Set(body.kanalen)],
    filters: body.filters ?? {},
    geheim: body.geheim,
    aangemaaktOp: deps.clock.now().toISOString(),
  };
  await deps.store.bewaar(a);
  return weergave(a);
}

export async function lijst(deps: AbonnementenDeps, p: Principal, pagina: PaginaVraag) {
  const r = await deps.store.vanOrganisatie(organisatie(p), pagina);
  return { items: r.items.map(weergave), ...(r.volgende ? { volgende: r.volgende } : {}) };
}

/** Another organisation's subscription (or an unknown id) is 404. */
export async function eigen(deps: AbonnementenDeps, p: Principal, id: string): Promise<Abonnement> {
  const a = await deps.store.lees(organisatie(p), id);
  if (!a) throw new NotFound();
  return a;
}

export const lees = async (deps: AbonnementenDeps, p: Principal, id: string) => weergave(await eigen(deps, p, id));

export async function beeindig(deps: AbonnementenDeps, p: Principal, id: string): Promise<void> {
  if (!(await deps.store.verwijder(organisatie(p), id, deps.clock.now().toISOString()))) throw new NotFound();
}

const afleveringWeergave = (a: Aflevering) => ({
  notificatieId: a.notificatieId,
  kanaal: a.kanaal,
  aangemaaktOp: a.aangemaaktOp,
  status: a.status,
  pogingen: a.pogingen,
  ...(a.laatstePoging ? { laatstePoging: a.laatstePoging } : {}),
});

export async function afleveringen(deps: AbonnementenDeps, p: Principal, id: string, pagina: PaginaVraag) {
  const a = await eigen(deps, p, id);
  const r = await deps.store.afleveringen(a.abonnementId, pagina);
  return { items: r.items.map(afleveringWeergave), ...(r.volgende ? { volgende: r.volgende } : {}) };
}

/**
 * `POST .../afleveringen/{notificatieId}/opnieuw`: a failed delivery starts a new round of attempts (the first at
 * once); one delivered or still being attempted is left as it is. 202 either way.
 */
export async function opnieuw(deps: AbonnementenDeps, p: Principal, id: string, notificatieId: string) {
  const a = await eigen(deps, p, id);
  const aflevering = await deps.store.aflevering(a.abonnementId, notificatieId);
  if (!aflevering) throw new NotFound();
  if (aflevering.status !== 'mislukt') return { notificatieId, status: aflevering.status };
  const nu = deps.clock.now().toISOString();
  const { versie: _v, ...vorige } = aflevering;
  const weer: Aflevering = { ...vorige, status: 'bezig', volgendePoging: nu, sinds: nu };
  const geschreven = await deps.store.werkBij(aflevering, weer);
  if (!geschreven) return { notificatieId, status: 'bezig' as const };
  const na = await probeer(deps, geschreven);
  return { notificatieId, status: na?.status ?? 'bezig' };
}
