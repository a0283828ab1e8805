import { createHash } from 'node:crypto';
import {
  type Clock,
  createPublisher,
  dynamoClient,
  lazy,
  omgeving,
  type Publisher,
  systemClock,
  vereisTabel,
} from '@wegwijs/lambda-kit';
import type { DeploymentConfig } from '@wegwijs/profielen';
import { ulid } from 'ulid';
import { dynamoInburgeraarStore, type InburgeraarStore } from '../adapters/inburgeraar-store';

/** The ports of the aanmelding handlers. Store, publisher and config are built on first use (cold start). */
export interface AanmeldingDeps {
  store: () => InburgeraarStore;
  publisher: () => Publisher;
  config: () => DeploymentConfig;
  clock: Clock;
  nieuwId: () => string;
}

export function defaultDeps(clock: Clock = systemClock): AanmeldingDeps {
  return {
    store: lazy(() => dynamoInburgeraarStore(dynamoClient(), vereisTabel(omgeving()))),
    publisher: lazy(() => createPublisher({ busName: omgeving().eventBus, clock })),
    config: () => omgeving().config,
    clock,
    nieuwId: ulid,
  };
}

/**
 * The id of an aanmelding sent with an Idempotency-Key, derived from the caller and the key: when the first attempt
 * failed after its write (the kit then releases the key), the retry finds the same inburgeraar instead of making a
 * second one.
 */
export const afgeleidId = (sub: string, idempotencyKey: string) =>
  createHash('sha256').update(`${sub}\n${idempotencyKey}`).digest('base64url').slice(0, 26);
