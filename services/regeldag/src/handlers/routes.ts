import {
  checklistItemBody,
  checklistItemParams,
  inburgeraarParams,
  opstartfaseAfrondingBody,
  regeldagBody,
} from '@wegwijs/contracts';
import { type DepsBron, logger, losOp, route } from '@wegwijs/lambda-kit';
import type { RegeldagDeps } from '../app/deps';
import { leesRegeldag, planVoor, rondOpstartfaseAfVoor, werkChecklistBij } from '../app/regeldag';
import { vereisChecklistSchrijver, vereisSchrijver } from './autorisatie';

const params = inburgeraarParams;
/** The item is a checklist code; the shared path schema bounds it like every path id. */
const itemParams = checklistItemParams;

/** `POST /v1/inburgeraars/{id}/regeldag` -> 201; a second regeldag -> 409. */
export const plan = (bron: DepsBron<RegeldagDeps>) =>
  route({
    params,
    body: regeldagBody,
    autoriseer: ({ principal, params }) => vereisSchrijver(losOp(bron), principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const weergave = await planVoor(losOp(bron), principal, params.id, body, correlationId);
      logger.info('regeldag gepland', { inburgeraarId: params.id });
      return { status: 201, body: weergave };
    },
  });

/** `GET /v1/inburgeraars/{id}/regeldag`. */
export const lees = (bron: DepsBron<RegeldagDeps>) =>
  route({
    params,
    async handle({ principal, params }) {
      return { status: 200, body: await leesRegeldag(losOp(bron), principal, params.id) };
    },
  });

/** `PATCH /v1/inburgeraars/{id}/regeldag/checklist/{item}` -> 200 with the whole regeldag. */
export const werkBij = (bron: DepsBron<RegeldagDeps>) =>
  route({
    params: itemParams,
    body: checklistItemBody,
    autoriseer: ({ principal, params }) => vereisChecklistSchrijver(losOp(bron), principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const weergave = await werkChecklistBij(losOp(bron), principal, params.id, params.item, body, correlationId);
      logger.info('checklist bijgewerkt', { inburgeraarId: params.id, item: params.item, status: body.status });
      return { status: 200, body: weergave };
    },
  });

/** `POST /v1/inburgeraars/{id}/opstartfase/afronding`. */
export const rondAf = (bron: DepsBron<RegeldagDeps>) =>
  route({
    params,
    body: opstartfaseAfrondingBody,
    autoriseer: ({ principal, params }) => vereisSchrijver(losOp(bron), principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const weergave = await rondOpstartfaseAfVoor(losOp(bron), principal, params.id, body, correlationId);
      logger.info('opstartfase afgerond', { inburgeraarId: params.id });
      return { status: 200, body: weergave };
    },
  });
