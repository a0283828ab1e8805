import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type Bron, EVENTS_BY_DETAIL_TYPE, type EventContract, type EventData } from '@wegwijs/contracts';
import { monotonicFactory } from 'ulid';
import { type AnoniemeMetaInput, bronVan, type MetaInput, type OutgoingEvent, type Publisher } from './publisher';
import { metTraceparent } from './trace';

/**
 * A single-item outbox. An event is written in the same single-item write as the state it announces (dynalite has no
 * transactions, and a crash or a failed PutEvents between write and publish must not lose it). It is removed once
 * published; the next write to the item publishes whatever is still there.
 */
export interface UitgaandEvent {
  /** A ULID: the order of the outbox and the event's `meta.id` on every (re-)publication. */
  sleutel: string;
  detailType: string;
  /** A normal event's meta, or an anonymous event's (no inburgeraarId; see `uitgaandAnoniem`). */
  meta: MetaInput | AnoniemeMetaInput;
  data: unknown;
  occurredAt?: string;
  /** The producing context's source, for an event several contexts publish (RegietellingenBijgewerkt). */
  bron?: Bron;
}

/** Attributes that hold an event not yet published: `uit_<sleutel>`. */
export const UITGAAND_PREFIX = 'uit_';

const volgendeSleutel = monotonicFactory();

export const uitgaand = <E extends EventContract>(
  contract: E,
  meta: MetaInput,
  data: EventData<E>,
  occurredAt?: string,
): UitgaandEvent => ({
  sleutel: volgendeSleutel(),
  detailType: contract.detailType,
  // The trace of the request that decided it travels with the event, also when the relay publishes it later.
  meta: metTraceparent(meta),
  data,
  ...(occurredAt ? { occurredAt } : {}),
});

/**
 * An anonymous event (counts without personal information) in the same write as the fact it counts: `bron` is the
 * producing context's source, one of the contract's `bronnen`; checked here so a wrong producer fails at decision time.
 */
export const uitgaandAnoniem = <E extends EventContract>(
  contract: E,
  bron: Bron,
  meta: AnoniemeMetaInput,
  data: EventData<E>,
  occurredAt?: string,
): UitgaandEvent => {
  if (!contract.anoniem) throw new Error(`${contract.detailType} is not an anonymous event`);
  bronVan(contract, bron);
  return {
    sleutel: volgendeSleutel(),
    detailType: contract.detailType,
    meta: metTraceparent(meta),
    data,
    bron,
    ...(occurredAt ? { occurredAt } : {}),
  };
};

/** The stored form of one pending event (the attribute value in an item's `uitgaand` map). */
export const alsTekst = (e: UitgaandEvent) =>
  JSON.stringify({ detailType: e.detailType, meta: e.meta, data: e.data, occurredAt: e.occurredAt, bron: e.bron });
export const uitTekst = (sleutel: string, tekst: string): UitgaandEvent => ({ sleutel, ...JSON.parse(tekst) });

export const attribuutVan = (e: UitgaandEvent) => `${UITGAAND_PREFIX}${e.sleutel}`;
export const waardeVan = (e: UitgaandEvent): AttributeValue => ({ S: alsTekst(e) });

/** The pending events stored on an item, oldest first. */
export function uitgaandUit(item: Record<string, AttributeValue>): UitgaandEvent[] {
  return Object.entries(item)
    .filter(([naam, waarde]) => naam.startsWith(UITGAAND_PREFIX) && waarde.S !== undefined)
    .map(([naam, waarde]) => uitTekst(naam.slice(UITGAAND_PREFIX.length), waarde.S ?? '{}'))
    .sort((a, b) => (a.sleutel < b.sleutel ? -1 : 1));
}

/** Attribute names and values to store pending events in an UpdateItem. */
export function uitgaandUpdate(events: readonly UitgaandEvent[]) {
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  const sets: string[] = [];
  events.forEach((e, i) => {
    names[`#uit${i}`] = attribuutVan(e);
    values[`:uit${i}`] = waardeVan(e);
    sets.push(`#uit${i} = :uit${i}`);
  });
  return { names, values, sets };
}

export function naarOutgoing(e: UitgaandEvent): OutgoingEvent {
  const contract = EVENTS_BY_DETAIL_TYPE.get(e.detailType);
  if (!contract) throw new Error(`no contract for ${e.detailType}`);
  return {
    contract,
    meta: e.meta,
    data: e.data as never,
    id: e.sleutel,
    ...(e.occurredAt ? { occurredAt: e.occurredAt } : {}),
    ...(e.bron ? { bron: e.bron } : {}),
  };
}

/** Publishes pending events (throws when PutEvents fails: they stay pending), then removes them from the item. */
export async function verstuur(
  publisher: Publisher,
  events: readonly UitgaandEvent[],
  verwijder: (e: UitgaandEvent) => Promise<void>,
): Promise<void> {
  if (events.length === 0) return;
  await publisher.publish(...events.map(naarOutgoing));
  for (const e of events) await verwijder(e);
}
