import { inburgeraarParams, inburgeringBody } from '@wegwijs/contracts';
import { type DepsBron, idVanSleutel, logger, losOp, route } from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from '../app/deps';
import { leesTijdlijn, legInburgeringVast } from '../app/inburgering';
import { magWijzigen } from './autorisatie';

/** `POST /v1/inburgeraars/{id}/inburgering`: the consulent records a fact of the inburgering. */
export const inburgering = (bron: DepsBron<AanmeldingDeps>) =>
  route({
    params: inburgeraarParams,
    body: inburgeringBody,
    autoriseer: ({ principal, params }) => magWijzigen(losOp(bron), principal, params.id),
    async handle({ principal, params, body, correlationId, headers }) {
      const deps = losOp(bron);
      const key = headers['idempotency-key'];
      const mijlpaalId = key ? idVanSleutel(principal.sub, key) : deps.nieuwId();
      const weergave = await legInburgeringVast(deps, principal, params.id, body, mijlpaalId, correlationId);
      logger.info('inburgering vastgelegd', { inburgeraarId: params.id, soort: body.soort });
      return { status: 200, body: weergave };
    },
  });

/** `GET /v1/inburgeraars/{id}/tijdlijn`. */
export const tijdlijn = (bron: DepsBron<AanmeldingDeps>) =>
  route({
    params: inburgeraarParams,
    async handle({ principal, params }) {
      return { status: 200, body: await leesTijdlijn(losOp(bron), principal, params.id) };
    },
  });
