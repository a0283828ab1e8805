import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { EVENTS_BY_DETAIL_TYPE, type EventContract, type EventData } from '@wegwijs/contracts';
import { monotonicFactory } from 'ulid';
import { event, type MetaInput, type OutgoingEvent, type Publisher } from './publisher';

/**
 * A single-item outbox. An event is written in the same single-item write as the state it announces (dynalite has no
 * transactions, and a crash or a failed PutEvents between write and publish must not lose it). It is removed once
 * published; the next write to the item publishes whatever is still there.
 */
export interface UitgaandEvent {
  /** A ULID: the order of the outbox and the event's `meta.id` on every (re-)publication. */
  sleutel: string;
  detailType: string;
  meta: MetaInput;
  data: unknown;
  occurredAt?: string;
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
  meta,
  data,
  ...(occurredAt ? { occurredAt } : {}),
});

/** The stored form of one pending event (the attribute value in an item's `uitgaand` map). */
export const alsTekst = (e: UitgaandEvent) =>
  JSON.stringify({ detailType: e.detailType, meta: e.meta, data: e.data, occurredAt: e.occurredAt });
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
    ...event(contract, e.meta, e.data as never),
    id: e.sleutel,
    ...(e.occurredAt ? { occurredAt: e.occurredAt } : {}),
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
