import { aanmeldingBody } from '@wegwijs/contracts';
import { type DepsBron, idVanSleutel, logger, losOp, route, vereisRol } from '@wegwijs/lambda-kit';
import { meldInburgeraarAan } from '../app/aanmelden';
import type { AanmeldingDeps } from '../app/deps';
import { magAanmelden } from './autorisatie';

/** `POST /v1/aanmeldingen`: the inburgeringsconsulent registers an inburgeraar for their gemeente. */
export const aanmelden = (bron: DepsBron<AanmeldingDeps>) =>
  route({
    body: aanmeldingBody,
    autoriseer: async ({ principal, body }) => magAanmelden(losOp(bron), principal, body.gemeente),
    async handle({ principal, body, correlationId, headers }) {
      const deps = losOp(bron);
      vereisRol(principal, ['inburgeringsconsulent']);
      const key = headers['idempotency-key'];
      const inburgeraarId = key ? idVanSleutel(principal.sub, key) : deps.nieuwId();
      const weergave = await meldInburgeraarAan(deps, principal, body, inburgeraarId, correlationId);
      logger.info('aanmelding geregistreerd', { inburgeraarId, gemeente: body.gemeente });
      return { status: 201, body: weergave };
    },
  });
