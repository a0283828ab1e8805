import { VerwijzingAfgerond } from '@wegwijs/contracts';
import {
  Conflict,
  Forbidden,
  isVerwijspartner,
  logger,
  NotFound,
  type Principal,
  schrijf,
  uitgaand,
} from '@wegwijs/lambda-kit';
import type { Dossier, Verwijzing } from '../domain/typen';
import { magStap, type Stap, volgendeStatus } from '../domain/verwijzing';
import type { SociaalDeps } from './deps';
import { actorVan, dossierVoor } from './toegang';
import { verwijzingRepository } from './verwijzing-repository';

export interface StapVerzoek {
  principal: Principal;
  id: string;
  verwijzingId: string;
  reden?: string | undefined;
  redenCode?: Verwijzing['redenCode'] | undefined;
  correlationId: string;
}

/**
 * The access check of a lifecycle step, before an Idempotency-Key replay: the dossier's relation, the role and the
 * partner the referral went to (issue 22 item 10). A referral partner (no relation to the dossier) reaches only the
 * referrals sent to its kind of partner in a gemeente of its token: anything else is 404 to it, never revealing that
 * it exists.
 */
export async function vereisStapRecht(
  d: SociaalDeps,
  stap: Stap,
  principal: Principal,
  id: string,
  verwijzingId: string,
): Promise<Dossier> {
  if (isVerwijspartner(principal)) {
    const dossier = await d.dossiers.dossier(id);
    const gelezen =
      dossier && principal.gemeenten.includes(dossier.gemeente)
        ? await verwijzingRepository.laad(d, id, verwijzingId)
        : undefined;
    if (!dossier || !gelezen || !magStap(undefined, principal.rol, stap, gelezen.staat.naar)) throw new NotFound();
    return dossier;
  }
  const { dossier, relatie } = await dossierVoor(d, principal, id);
  const gelezen = await verwijzingRepository.laad(d, id, verwijzingId);
  if (!gelezen) throw new NotFound();
  if (!magStap(relatie, principal.rol, stap, gelezen.staat.naar)) {
    throw new Forbidden(`Your role may not do the ${stap} of a referral.`);
  }
  return dossier;
}

/** One step of a referral's lifecycle: check the role and the transition, then one conditional write with its event. */
export async function zetStap(d: SociaalDeps, stap: Stap, v: StapVerzoek): Promise<Verwijzing['status']> {
  const { id, verwijzingId, reden, redenCode } = v;
  const dossier = await vereisStapRecht(d, stap, v.principal, id, verwijzingId);
  const meta = {
    gemeente: dossier.gemeente,
    inburgeraarId: id,
    actor: actorVan(v.principal),
    correlationId: v.correlationId,
  };
  const oorzaak = { gemeente: dossier.gemeente, actor: meta.actor, correlationId: meta.correlationId };
  const status = await verwijzingRepository.wijzig(d, oorzaak, id, verwijzingId, (huidig) => {
    if (!huidig) throw new NotFound();
    const verwijzing = huidig.staat;
    const volgende = volgendeStatus(verwijzing.status, stap);
    if (!volgende) {
      throw new Conflict(`A referral with status ${verwijzing.status} does not allow ${stap}.`, 'ongeldige-overgang');
    }
    const nieuw: Verwijzing = {
      ...verwijzing,
      status: volgende,
      bijgewerktOp: d.clock.now().toISOString(),
      ...(reden !== undefined ? { reden } : {}),
      ...(redenCode !== undefined ? { redenCode } : {}),
    };
    // The reden is free text of the partner: it stays here; the event carries the code only.
    const afgerond = uitgaand(VerwijzingAfgerond, meta, {
      verwijzingId,
      status: volgende,
      ...(redenCode ? { redenCode } : {}),
      ...(dossier.uitvoeringsorganisatie ? { uitvoeringsorganisatie: dossier.uitvoeringsorganisatie } : {}),
    });
    return schrijf(nieuw, [afgerond], volgende);
  });
  logger.info('verwijzing bijgewerkt', { inburgeraarId: id, verwijzingId, status });
  return status;
}
