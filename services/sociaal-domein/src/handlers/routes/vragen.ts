import {
  antwoordBody,
  inburgeraarParams,
  VraagBeantwoord,
  VraagGesteld,
  vraagBody,
  vraagParams,
  vragenQuery,
} from '@wegwijs/contracts';
import {
  BadRequest,
  Conflict,
  Forbidden,
  idVanSleutel,
  logger,
  NotFound,
  niets,
  type Principal,
  route,
  schrijf,
  uitgaand,
  vandaag,
  voerUit,
} from '@wegwijs/lambda-kit';
import { keys } from '../../adapters/keys';
import { OngeldigeVraagCursor } from '../../adapters/vragen-store';
import type { Deps } from '../../deps';
import { beantwoord, type Vraag, vraagWeergave } from '../../domain/vraag';
import { actorVan, dossierVoor, dossierVoorUitvoering } from '../toegang';

const STANDAARD_LIMIT = 50;

/** Asking is for the inburgeringsconsulent of the inburgeraar's gemeente (404 outside it). */
async function dossierVoorConsulent(d: Deps, principal: Principal, inburgeraarId: string) {
  const { dossier, relatie } = await dossierVoor(d, principal, inburgeraarId);
  if (relatie !== 'gemeente' || principal.rol !== 'inburgeringsconsulent') {
    throw new Forbidden('Only the inburgeringsconsulent of the gemeente asks the begeleider.');
  }
  return dossier;
}

const nieuwId = (d: Deps, principal: Principal, key: string | undefined) =>
  key ? idVanSleutel(principal.sub, key) : d.nieuwId();

/**
 * `POST /v1/inburgeraars/{id}/vragen`: the consulent's question, stored with its VraagGesteld event (categorie
 * consulentvraag, gemeente-naar-uitvoering) in one write: the broker decides on it and logs it.
 */
export const vraagRoute = (deps: () => Deps) =>
  route({
    body: vraagBody,
    params: inburgeraarParams,
    autoriseer: ({ principal, params }) => dossierVoorConsulent(deps(), principal, params.id),
    async handle({ principal, body, params: { id }, correlationId, headers }) {
      const d = deps();
      const dossier = await dossierVoorConsulent(d, principal, id);
      const vraag: Vraag = {
        vraagId: nieuwId(d, principal, headers['idempotency-key']),
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
        { vraagId: vraag.vraagId, onderwerp: vraag.onderwerp, datum: vandaag(d.clock) },
      );
      const opgeslagen = await voerUit(d, d.vragen, keys.vraag(id, vraag.vraagId), (huidig) =>
        huidig ? niets(huidig.staat) : schrijf(vraag, [gesteld], vraag),
      );
      logger.info('vraag gesteld', { inburgeraarId: id, vraagId: vraag.vraagId });
      return { status: 201, body: vraagWeergave(opgeslagen, 'gemeente') };
    },
  });

/**
 * `POST .../vragen/{vraagId}/antwoord`: the assigned organisation answers, with its VraagBeantwoord event (categorie
 * vraag-antwoord) in the same write: the text reaches the gemeente only through the broker.
 */
export const antwoordRoute = (deps: () => Deps) =>
  route({
    body: antwoordBody,
    params: vraagParams,
    autoriseer: ({ principal, params }) => dossierVoorUitvoering(deps(), principal, params.id),
    async handle({ principal, body, params: { id, vraagId }, correlationId, headers }) {
      const d = deps();
      const dossier = await dossierVoorUitvoering(d, principal, id);
      const antwoord = {
        antwoordId: nieuwId(d, principal, headers['idempotency-key']),
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
          antwoordId: antwoord.antwoordId,
          onderwerp: huidig.staat.onderwerp,
          datum: antwoord.beantwoordOp.slice(0, 10),
          tekst: antwoord.tekst,
        });
        return schrijf(uitkomst.vraag, [e], uitkomst.vraag);
      });
      logger.info('vraag beantwoord', { inburgeraarId: id, vraagId });
      return { status: 201, body: vraagWeergave(vraag, 'uitvoering') };
    },
  });

/** `GET /v1/inburgeraars/{id}/vragen`: gemeente roles of the gemeente and the assigned organisation, a page at a time. */
export const vragenRoute = (deps: () => Deps) =>
  route({
    params: inburgeraarParams,
    query: vragenQuery,
    async handle({ principal, params: { id }, query }) {
      const d = deps();
      const { relatie } = await dossierVoor(d, principal, id);
      if (relatie === 'inburgeraar') throw new Forbidden('The questions are between the consulent and the begeleider.');
      try {
        const pagina = await d.vragenLijst.pagina(id, {
          limit: query?.limit ? Number(query.limit) : STANDAARD_LIMIT,
          ...(query?.cursor ? { cursor: query.cursor } : {}),
        });
        return {
          status: 200,
          body: {
            items: pagina.items.map((v) => vraagWeergave(v, relatie)),
            ...(pagina.volgende ? { volgende: pagina.volgende } : {}),
          },
        };
      } catch (e) {
        if (e instanceof OngeldigeVraagCursor) throw new BadRequest('The cursor is not valid for this list.');
        throw e;
      }
    },
  });
