import { createPublisher, veegUitstaand } from '@wegwijs/lambda-kit';
import type { TestOmgeving } from './omgeving';

/**
 * Runs the local outbox relay of a context now (as the platform does at start and every few seconds), counting every
 * pending item as old enough. Returns how many events it published.
 */
export const relayNu = (omgeving: TestOmgeving, context: string) =>
  veegUitstaand(
    {
      client: omgeving.dynamo.client,
      tabel: omgeving.tabel(context),
      publisher: createPublisher({ busName: omgeving.bus.busName }),
    },
    new Date(Date.now() + 60_000),
  );
