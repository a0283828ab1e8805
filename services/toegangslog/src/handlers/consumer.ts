import {
  AanmeldingGeregistreerd,
  type AnoniemEnvelope,
  BegeleidersGewijzigd,
  type Envelope,
  InburgeraarVerhuisd,
  ToegangGelogd,
} from '@wegwijs/contracts';
import { type DedupeStore, type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { ToegangslogDeps } from '../app/deps';
import { begeleidersGewijzigd, dossierAangemeld, dossierVerhuisd, legToegangVast } from '../app/vastleggen';
import { defaultDeps } from './deps';

/**
 * No separate dedupe records: an entry is keyed by its event id, an opening by user and dossier, a signalering's
 * claim names the event that raised it, so a repeated delivery writes the same items again (and saves two requests
 * per event, on every request of personal data).
 */
const structureelIdempotent: DedupeStore = { seen: async () => false, remember: async () => undefined };

export function createConsumer(bron: DepsBron<ToegangslogDeps>) {
  return eventConsumer({
    dedupe: structureelIdempotent,
    anoniem: {
      [ToegangGelogd.detailType]: (e) => legToegangVast(losOp(bron), e as AnoniemEnvelope<typeof ToegangGelogd>),
    },
    handlers: {
      [AanmeldingGeregistreerd.detailType]: (e) =>
        dossierAangemeld(losOp(bron), e as Envelope<typeof AanmeldingGeregistreerd>),
      [InburgeraarVerhuisd.detailType]: (e) => dossierVerhuisd(losOp(bron), e as Envelope<typeof InburgeraarVerhuisd>),
      [BegeleidersGewijzigd.detailType]: async (e) => {
        await begeleidersGewijzigd(losOp(bron), e as Envelope<typeof BegeleidersGewijzigd>);
      },
    },
  });
}

export const handler = createConsumer(defaultDeps());
