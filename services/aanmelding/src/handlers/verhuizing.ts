import { overdrachtBody, verhuizingBody } from '@wegwijs/contracts';
import { type DepsBron, logger, losOp, route } from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from '../app/deps';
import { ontvangOverdracht, verhuis } from '../app/verhuizing';
import { magVerhuizen } from './autorisatie';
import { inburgeraarParams } from './inburgeraar';

/** `POST /v1/inburgeraars/{id}/verhuizing`: the consulent of the current gemeente records a move (issue 23). */
export const verhuizing = (bron: DepsBron<AanmeldingDeps>) =>
  route({
    params: inburgeraarParams,
    body: verhuizingBody,
    autoriseer: ({ principal, params }) => magVerhuizen(losOp(bron), principal, params.id),
    async handle({ principal, params, body, correlationId }) {
      const weergave = await verhuis(losOp(bron), principal, params.id, body, correlationId);
      logger.info('verhuizing vastgelegd', { inburgeraarId: params.id, naar: body.naarGemeente });
      return { status: 200, body: weergave };
    },
  });

/** `POST /v1/verhuizingen`: the hand-over from another deployment, authenticated by its signature (issue 23). */
export const verhuizingOntvangen = (bron: DepsBron<AanmeldingDeps>) =>
  route({
    body: overdrachtBody,
    // No token and no Idempotency-Key: the hand-over's own id makes a repeated one answer the same (the use case).
    idempotent: false,
    async handle({ body, correlationId }) {
      const deps = losOp(bron);
      const overdracht = await deps.overdracht.verifieer(body.overdracht);
      const antwoord = await ontvangOverdracht(deps, overdracht, correlationId);
      logger.info('verhuizing ontvangen', { inburgeraarId: antwoord.inburgeraarId, van: overdracht.van });
      return { status: 200, body: antwoord };
    },
  });
