import {
  BegeleidersGewijzigd,
  type EventData,
  GedeeldeVoortgangVerwijderd,
  InburgeraarVerhuisd,
  VoortgangGedeeld,
} from '@wegwijs/contracts';
import { type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { AanmeldingDeps } from '../app/deps';
import { verwerkBegeleiders, verwerkGedeeld, verwerkVerwijderd } from '../app/traject';
import { draagOver } from '../app/verhuizing';
import { defaultDeps } from './deps';

/** The aanmelding consumer: the traject projection from what the consent broker shares; hand-overs of moves. */
export function createConsumer(bron: DepsBron<AanmeldingDeps>) {
  return eventConsumer({
    handlers: {
      [VoortgangGedeeld.detailType]: (envelope) => verwerkGedeeld(losOp(bron), envelope),
      [GedeeldeVoortgangVerwijderd.detailType]: (envelope) => verwerkVerwijderd(losOp(bron), envelope),
      // Issue 23: a move to another deployment is handed over from here (retried by the bus until it is received).
      [InburgeraarVerhuisd.detailType]: ({ meta, data }) =>
        draagOver(losOp(bron), meta.inburgeraarId, (data as EventData<typeof InburgeraarVerhuisd>).verhuizingId),
      [BegeleidersGewijzigd.detailType]: (envelope) => verwerkBegeleiders(losOp(bron), envelope),
    },
  });
}

export const handler = createConsumer(defaultDeps());
