import { type Envelope, InburgeraarVerhuisd } from '@wegwijs/contracts';
import { type DepsBron, eventConsumer, losOp } from '@wegwijs/lambda-kit';
import type { EventBridgeEvent } from 'aws-lambda';
import type { BegeleidingDeps } from '../app/deps';
import { FEITEN, verwerkEvent } from '../app/feiten';
import { verwerkVerhuizing } from '../app/verhuizing';
import { defaultDeps } from './deps';

export function createConsumer(bron: DepsBron<BegeleidingDeps>) {
  const handlers = Object.fromEntries(
    Object.keys(FEITEN).map((detailType) => [
      detailType,
      (envelope: Envelope) => verwerkEvent(losOp(bron), envelope, detailType),
    ]),
  );
  handlers[InburgeraarVerhuisd.detailType] = async (envelope: Envelope) => {
    await verwerkVerhuizing(losOp(bron), envelope);
  };
  const consumer = eventConsumer({ handlers });
  return (event: EventBridgeEvent<string, unknown>) => consumer(event);
}

export const handler = createConsumer(defaultDeps());
