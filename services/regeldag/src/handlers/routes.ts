import {
  checklistItemBody,
  checklistItemParams,
  inburgeraarParams,
  OpstartfaseAfgerond,
  opstartfaseAfrondingBody,
  PraktischeZaakBijgewerkt,
  RegeldagGepland,
  regeldagBody,
} from '@wegwijs/contracts';
import { Conflict, DomainRuleViolation, Forbidden, logger, NotFound, route, uitgaand } from '@wegwijs/lambda-kit';
import { magChecklistSchrijven } from '../domain/checklist';
import { planRegeldag, rondOpstartfaseAf, werkItemBij, zelfdePlanning } from '../domain/regeldag';
import { regeldagWeergave } from '../domain/weergave';
import type { RegeldagDeps } from './deps';
import { metaVoor, OpenstaandeItems, profielOf, regeldagVoorSchrijven, verstuurVoor } from './gedeeld';
import { dossierEnRelatie, vereisChecklistSchrijver, vereisSchrijver, vereisUitvoering } from './toegang';

const params = inburgeraarParams;
/** The item is a checklist code; the shared path schema bounds it like every path id. */
const itemParams = checklistItemParams;

/** `POST /v1/inburgeraars/{id}/regeldag` -> 201; a second regeldag -> 409. */
export const plan = (deps: RegeldagDeps) =>
  route({
    params,
    body: regeldagBody,
    autoriseer: ({ principal, params }) => vereisSchrijver(deps, principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const { dossier, relatie } = await dossierEnRelatie(deps, principal, params.id);
      vereisUitvoering(relatie);
      const uitkomst = planRegeldag(
        profielOf(dossier.gemeente),
        dossier,
        body,
        deps.nieuwId(),
        deps.clock.now().toISOString(),
      );
      if (uitkomst.kind === 'onvolledig') {
        throw new Conflict(
          'The aanmelding of this inburgeraar is still being processed; try again.',
          'dossier-onvolledig',
        );
      }
      if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
      const { regeldag } = uitkomst;
      const gepland = uitgaand(RegeldagGepland, metaVoor(principal, dossier, correlationId), {
        regeldagId: regeldag.regeldagId,
        datum: regeldag.datum,
      });
      const store = deps.store();
      if (await store.maakRegeldag(regeldag, [gepland])) {
        await verstuurVoor(deps, params.id, [gepland]);
        logger.info('regeldag gepland', { inburgeraarId: params.id, regeldagId: regeldag.regeldagId });
        return { status: 201, body: regeldagWeergave(regeldag, true) };
      }
      // One exists. A retry of a request whose publication failed completes it; anything else is a second regeldag.
      const bestaand = await store.regeldag(params.id);
      if (bestaand && bestaand.uitgaand.length > 0 && zelfdePlanning(bestaand.regeldag, body)) {
        await verstuurVoor(deps, params.id, bestaand.uitgaand);
        return { status: 201, body: regeldagWeergave(bestaand.regeldag, true) };
      }
      throw new Conflict('This inburgeraar has a regeldag already.', 'regeldag-bestaat');
    },
  });

/** `GET /v1/inburgeraars/{id}/regeldag`: the organisation and the inburgeraar see toelichtingen, the gemeente status only. */
export const lees = (deps: RegeldagDeps) =>
  route({
    params,
    async handle({ principal, params }) {
      const { relatie } = await dossierEnRelatie(deps, principal, params.id);
      const opgeslagen = await deps.store().regeldag(params.id);
      if (!opgeslagen) throw new NotFound('No regeldag is planned for this inburgeraar.');
      return { status: 200, body: regeldagWeergave(opgeslagen.regeldag, relatie !== 'gemeente') };
    },
  });

/**
 * `PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}` -> 200 with the whole regeldag. A changed status publishes
 * PraktischeZaakBijgewerkt (status only, never the toelichting). No regeldag yet -> 409; unknown item -> 404.
 */
export const werkBij = (deps: RegeldagDeps) =>
  route({
    params: itemParams,
    body: checklistItemBody,
    autoriseer: ({ principal, params }) => vereisChecklistSchrijver(deps, principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const { dossier, relatie } = await dossierEnRelatie(deps, principal, params.id);
      if (!magChecklistSchrijven(relatie, principal.rol)) vereisUitvoering(relatie);
      const door = relatie === 'gemeente' ? 'gemeente' : 'uitvoering';
      let { regeldag } = await regeldagVoorSchrijven(deps, params.id);
      for (let poging = 0; poging < 3; poging++) {
        const uitkomst = werkItemBij(regeldag, params.item, body, deps.clock.now().toISOString(), door);
        if (uitkomst.kind === 'onbekend-item') throw new NotFound('This checklist has no such item.');
        if (uitkomst.kind === 'niet-uitvoerder') throw new Forbidden(uitkomst.detail);
        if (uitkomst.kind === 'opstartfase-afgerond') {
          throw new Conflict('The opstartfase is closed; its checklist no longer changes.', 'opstartfase-afgerond');
        }
        if (uitkomst.kind === 'ongewijzigd')
          return { status: 200, body: regeldagWeergave(regeldag, door === 'uitvoering') };
        // An item the gemeente records itself is no voortgangsinformatie to share with it: no event.
        const events =
          uitkomst.statusGewijzigd && door === 'uitvoering'
            ? [
                uitgaand(PraktischeZaakBijgewerkt, metaVoor(principal, dossier, correlationId), {
                  regeldagId: regeldag.regeldagId,
                  item: uitkomst.punt.item,
                  checklistCategorie: uitkomst.punt.categorie,
                  status: uitkomst.punt.status,
                }),
              ]
            : [];
        if (await deps.store().werkRegeldagBij(uitkomst.regeldag, regeldag.versie, events)) {
          await verstuurVoor(deps, params.id, events);
          logger.info('checklist bijgewerkt', { inburgeraarId: params.id, item: params.item, status: body.status });
          return { status: 200, body: regeldagWeergave(uitkomst.regeldag, door === 'uitvoering') };
        }
        // Another change came first: decide again on what it stored.
        const opnieuw = await deps.store().regeldag(params.id);
        if (!opnieuw) throw new Conflict('The regeldag disappeared.', 'geen-regeldag');
        regeldag = opnieuw.regeldag;
      }
      throw new Conflict('The checklist changes too often at once; try again.');
    },
  });

/** `POST /v1/inburgeraars/{id}/opstartfase/afronding` -> 200 when nothing is open, else 409 listing the open items. */
export const rondAf = (deps: RegeldagDeps) =>
  route({
    params,
    body: opstartfaseAfrondingBody,
    autoriseer: ({ principal, params }) => vereisSchrijver(deps, principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const { dossier, relatie } = await dossierEnRelatie(deps, principal, params.id);
      vereisUitvoering(relatie);
      const { regeldag } = await regeldagVoorSchrijven(deps, params.id);
      const uitkomst = rondOpstartfaseAf(regeldag, body.datum);
      if (uitkomst.kind === 'al-afgerond') return { status: 200, body: regeldagWeergave(regeldag, true) };
      if (uitkomst.kind === 'conflict') throw new Conflict(uitkomst.detail, 'opstartfase-afgerond');
      if (uitkomst.kind === 'open-items') throw new OpenstaandeItems(uitkomst.items);
      if (uitkomst.kind === 'geweigerd') throw new DomainRuleViolation(uitkomst.detail, uitkomst.slug);
      const afgerond = uitgaand(OpstartfaseAfgerond, metaVoor(principal, dossier, correlationId), {
        regeldagId: regeldag.regeldagId,
        datum: body.datum,
      });
      if (!(await deps.store().werkRegeldagBij(uitkomst.regeldag, regeldag.versie, [afgerond]))) {
        throw new Conflict('The checklist changed meanwhile; read it again.');
      }
      await verstuurVoor(deps, params.id, [afgerond]);
      logger.info('opstartfase afgerond', { inburgeraarId: params.id, regeldagId: regeldag.regeldagId });
      return { status: 200, body: regeldagWeergave(uitkomst.regeldag, true) };
    },
  });
