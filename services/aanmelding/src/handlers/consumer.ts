import { GedeeldeVoortgangVerwijderd, VoortgangGedeeld } from '@wegwijs/contracts';
import { type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from '../app/deps';
import { verwerkGedeeld, verwerkVerwijderd } from '../app/traject';
import { defaultDeps } from './deps';

/** The aanmelding consumer: the traject projection from what the consent broker shares. */
export function createConsumer(bron: DepsBron<AanmeldingDeps>) {
  return eventConsumer({
    handlers: {
      [VoortgangGedeeld.detailType]: (envelope) => verwerkGedeeld(losOp(bron), envelope),
      [GedeeldeVoortgangVerwijderd.detailType]: (envelope) => verwerkVerwijderd(losOp(bron), envelope),
    },
  });
}

export const handler = createConsumer(defaultDeps());
