import { VerwijzingAfgerond } from '@wegwijs/contracts';
import { Conflict, Forbidden, logger, NotFound, type Principal, schrijf, uitgaand } from '@wegwijs/lambda-kit';
import type { Verwijzing } from '../domain/typen';
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

/** The access check of a lifecycle step (the dossier's relation and the role), before an Idempotency-Key replay. */
export async function vereisStapRecht(d: SociaalDeps, stap: Stap, principal: Principal, id: string) {
  const { relatie } = await dossierVoor(d, principal, id);
  if (!magStap(relatie, principal.rol, stap)) throw new Forbidden(`Your role may not do the ${stap} of a referral.`);
}

/** One step of a referral's lifecycle: check the role and the transition, then one conditional write with its event. */
export async function zetStap(d: SociaalDeps, stap: Stap, v: StapVerzoek): Promise<Verwijzing['status']> {
  const { id, verwijzingId, reden, redenCode } = v;
  const { dossier, relatie } = await dossierVoor(d, v.principal, id);
  if (!magStap(relatie, v.principal.rol, stap)) {
    const bestaat = await verwijzingRepository.laad(d, id, verwijzingId);
    if (!bestaat) throw new NotFound();
    throw new Forbidden(`Your role may not do the ${stap} of a referral.`);
  }
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
