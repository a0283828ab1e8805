import {
  type AntwoordBody,
  VraagBeantwoord,
  type VraagBody,
  VraagGesteld,
  type VraagWeergave,
} from '@wegwijs/contracts';
import {
  Conflict,
  Forbidden,
  logger,
  metVolgende,
  NotFound,
  niets,
  type Principal,
  paginaVraag,
  schrijf,
  uitgaand,
  vandaag,
  voerUit,
} from '@wegwijs/lambda-kit';
import { keys } from '../adapters/keys';
import { beantwoord, type Vraag, vraagWeergave } from '../domain/vraag';
import type { SociaalDeps } from './deps';
import { actorVan, dossierVoor, dossierVoorUitvoering } from './toegang';

/** Asking is for the inburgeringsconsulent of the inburgeraar's gemeente (404 outside it, 403 for other roles). */
export async function dossierVoorConsulent(d: SociaalDeps, principal: Principal, inburgeraarId: string) {
  const { dossier, relatie } = await dossierVoor(d, principal, inburgeraarId);
  if (relatie !== 'gemeente' || principal.rol !== 'inburgeringsconsulent') {
    throw new Forbidden('Only the inburgeringsconsulent of the gemeente asks the begeleider.');
  }
  return dossier;
}

/**
 * The consulent's question, stored with its VraagGesteld event (categorie consulentvraag, gemeente-naar-uitvoering)
 * in one write: the broker decides on it and logs it; the text stays here for the assigned organisation.
 */
export async function stelVraag(
  d: SociaalDeps,
  principal: Principal,
  id: string,
  body: VraagBody,
  vraagId: string,
  correlationId: string,
): Promise<VraagWeergave> {
  const dossier = await dossierVoorConsulent(d, principal, id);
  const vraag: Vraag = {
    vraagId,
    inburgeraarId: id,
    gemeente: dossier.gemeente,
    onderwerp: body.onderwerp,
    vraag: body.vraag,
    gesteldOp: d.clock.now().toISOString(),
    gesteldDoor: principal.sub,
  };
  const gesteld = uitgaand(
    VraagGesteld,
    { gemeente: dossier.gemeente, inburgeraarId: id, actor: actorVan(principal), correlationId },
    { vraagId, onderwerp: vraag.onderwerp, datum: vandaag(d.clock) },
  );
  const opgeslagen = await voerUit(d, d.vragen, keys.vraag(id, vraagId), (huidig) =>
    huidig ? niets(huidig.staat) : schrijf(vraag, [gesteld], vraag),
  );
  logger.info('vraag gesteld', { inburgeraarId: id, vraagId });
  return vraagWeergave(opgeslagen, 'gemeente');
}

/**
 * The assigned organisation answers, with its VraagBeantwoord event (categorie vraag-antwoord) in the same write: the
 * text reaches the gemeente only through the broker. One answer per question.
 */
export async function beantwoordVraag(
  d: SociaalDeps,
  principal: Principal,
  id: string,
  vraagId: string,
  body: AntwoordBody,
  antwoordId: string,
  correlationId: string,
): Promise<VraagWeergave> {
  const dossier = await dossierVoorUitvoering(d, principal, id);
  const antwoord = {
    antwoordId,
    tekst: body.antwoord,
    beantwoordOp: d.clock.now().toISOString(),
    beantwoordDoor: principal.sub,
  };
  const meta = { gemeente: dossier.gemeente, inburgeraarId: id, actor: actorVan(principal), correlationId };
  const vraag = await voerUit(d, d.vragen, keys.vraag(id, vraagId), (huidig) => {
    if (!huidig) throw new NotFound();
    const uitkomst = beantwoord(huidig.staat, antwoord);
    if (uitkomst.kind === 'conflict') throw new Conflict(uitkomst.detail, 'al-beantwoord');
    if (uitkomst.kind === 'al-beantwoord') return niets(uitkomst.vraag);
    const e = uitgaand(VraagBeantwoord, meta, {
      vraagId,
      antwoordId,
      onderwerp: huidig.staat.onderwerp,
      datum: antwoord.beantwoordOp.slice(0, 10),
      tekst: antwoord.tekst,
    });
    return schrijf(uitkomst.vraag, [e], uitkomst.vraag);
  });
  logger.info('vraag beantwoord', { inburgeraarId: id, vraagId });
  return vraagWeergave(vraag, 'uitvoering');
}

/** The questions of one inburgeraar, oldest first, a page at a time: gemeente roles and the assigned organisation. */
export async function lijstVragen(
  d: SociaalDeps,
  principal: Principal,
  id: string,
  query: { limit?: string | undefined; cursor?: string | undefined } | undefined,
) {
  const { relatie } = await dossierVoor(d, principal, id);
  if (relatie === 'inburgeraar') throw new Forbidden('The questions are between the consulent and the begeleider.');
  const pagina = await d.vragenLijst.pagina(id, paginaVraag(query));
  return metVolgende({ items: pagina.items.map((v) => vraagWeergave(v, relatie)) }, pagina.volgende);
}
