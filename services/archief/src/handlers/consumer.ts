import { AanmeldingGeregistreerd, type Envelope, TrajectBeeindigd } from '@wegwijs/contracts';
import { type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { ArchiefDeps } from '../app/deps';
import { registreerAanmelding, registreerEinde } from '../app/registreren';
import { defaultDeps } from './deps';

/** The archief learns who exists and when their traject ended (dates only; no voortgang reaches it). */
export function createConsumer(bron: DepsBron<ArchiefDeps>) {
  return eventConsumer({
    handlers: {
      [AanmeldingGeregistreerd.detailType]: (e) =>
        registreerAanmelding(losOp(bron), e as Envelope<typeof AanmeldingGeregistreerd>),
      [TrajectBeeindigd.detailType]: (e) => registreerEinde(losOp(bron), e as Envelope<typeof TrajectBeeindigd>),
    },
  });
}

export const handler = createConsumer(defaultDeps());
