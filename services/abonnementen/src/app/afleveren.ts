import { logger } from '@wegwijs/lambda-kit';
import type { Aflevering, GelezenAflevering } from '../adapters/store';
import { beoordeelCallback, callbackHost } from '../domain/callback';
import { HANDTEKENING_HEADER, onderteken } from '../domain/handtekening';
import { naMislukking, wachttijdMs } from '../domain/schema';
import type { AbonnementenDeps } from './deps';

/** How many due deliveries one sweep attempts (the rest wait for the next sweep). */
const PER_RONDE = 100;

async function toegestaan(deps: AbonnementenDeps, url: string): Promise<boolean> {
  const h = callbackHost(url);
  if ('fout' in h) return false;
  // Resolved again at every attempt: a name that now points at a private address is refused (DNS rebinding).
  return beoordeelCallback(url, await deps.zoekOp(h.host), deps.beleid) === undefined;
}

/**
 * One attempt of one delivery. First a claim (the attempt count, and the next attempt's time as a lease): whoever
 * loses the claim does nothing. Then the signed POST; any 2xx is delivered. A failure keeps the claimed next attempt,
 * until the round is 24 hours old: then `mislukt`. A subscription ended meanwhile ends its deliveries as `mislukt`.
 */
export async function probeer(deps: AbonnementenDeps, a: GelezenAflevering): Promise<Aflevering | undefined> {
  if (a.status !== 'bezig') return undefined;
  const nu = deps.clock.now();
  const pogingen = a.pogingen + 1;
  const { versie: _v, ...vorige } = a;
  const nieuw: Aflevering = {
    ...vorige,
    pogingen,
    laatstePoging: nu.toISOString(),
    volgendePoging: new Date(nu.getTime() + wachttijdMs(pogingen)).toISOString(),
  };
  const geclaimd = await deps.store.werkBij(a, nieuw);
  if (!geclaimd) return undefined;
  const abonnement = await deps.store.lees(a.org, a.abonnementId);
  let status: number | undefined;
  if (abonnement && (await toegestaan(deps, abonnement.callbackUrl))) {
    status = await deps.verstuur(abonnement.callbackUrl, a.body, {
      'content-type': 'application/json',
      [HANDTEKENING_HEADER]: onderteken(a.body, abonnement.geheim, deps.clock.now()),
    });
  }
  const gelukt = status !== undefined && status >= 200 && status < 300;
  logger.info('aflevering', {
    abonnementId: a.abonnementId,
    notificatieId: a.notificatieId,
    pogingen,
    ...(status === undefined ? {} : { status }),
  });
  if (gelukt) {
    const { volgendePoging: _p, versie: _w, ...rest } = geclaimd;
    const klaar: Aflevering = { ...rest, status: 'afgeleverd' };
    await deps.store.werkBij(geclaimd, klaar);
    return klaar;
  }
  const verder = abonnement ? naMislukking(a.sinds, pogingen, deps.clock.now()) : { status: 'mislukt' as const };
  if (verder.status === 'mislukt') {
    const { volgendePoging: _p, versie: _w, ...rest } = geclaimd;
    const dood: Aflevering = { ...rest, status: 'mislukt' };
    await deps.store.werkBij(geclaimd, dood);
    logger.warn('aflevering mislukt', { abonnementId: a.abonnementId, notificatieId: a.notificatieId, pogingen });
    return dood;
  }
  return nieuw;
}

/** The scheduled sweep: every delivery whose next attempt is due by the clock. Answers how many were attempted. */
export async function bezorgTeDoen(deps: AbonnementenDeps): Promise<number> {
  const due = await deps.store.teDoen(deps.clock.now().toISOString(), PER_RONDE);
  let n = 0;
  for (const a of due) {
    if (await probeer(deps, a)) n++;
  }
  return n;
}
