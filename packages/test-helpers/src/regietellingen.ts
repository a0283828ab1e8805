import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { RegietellingenBijgewerkt } from '@wegwijs/contracts';
import type { Telling } from '@wegwijs/contracts/tellingen-verschil';
import { type Clock, createPublisher, type OutgoingEvent, type Publisher } from '@wegwijs/lambda-kit';
import type { TestOmgeving } from './omgeving';

export interface RegieOpnemer {
  /** The real publisher to the local bus, recording each event once PutEvents accepted it. */
  publisher: Publisher;
  /** Every RegietellingenBijgewerkt accepted, in order. */
  events(): OutgoingEvent[];
  /** What each carried to the bus (source, meta, data): what a test scans for personal data. */
  inhoud(): { bron: string | undefined; meta: unknown; data: unknown }[];
  /** Their tellingen, in order. */
  tellingen(): Telling[];
  /** Forget what was recorded (between the acts of one test). */
  wis(): void;
}

/**
 * Records the RegietellingenBijgewerkt a context publishes (issue 13): a producer's integration test passes
 * `publisher` to its deps and asserts what reached the bus. Call after `gebruik` (the client takes its endpoint from
 * the environment).
 */
export function regieOpnemer(omgeving: TestOmgeving, clock?: Clock): RegieOpnemer {
  const echte = createPublisher({
    busName: omgeving.bus.busName,
    client: new EventBridgeClient({}),
    ...(clock ? { clock } : {}),
  });
  let opgenomen: OutgoingEvent[] = [];
  const events = () => opgenomen.filter((e) => e.contract.detailType === RegietellingenBijgewerkt.detailType);
  return {
    publisher: {
      async publish(...uit) {
        await echte.publish(...uit);
        opgenomen.push(...uit);
      },
    },
    events,
    inhoud: () => events().map((e) => ({ bron: e.bron, meta: e.meta, data: e.data })),
    tellingen: () => events().flatMap((e) => (e.data as { tellingen: Telling[] }).tellingen),
    wis: () => {
      opgenomen = [];
    },
  };
}
