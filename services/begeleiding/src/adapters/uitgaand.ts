import type { Meta } from '@wegwijs/contracts';

/**
 * An event waiting to be published (transactional outbox): it is written in the same single-item write as the change
 * it announces, published right after, and removed once published. The planner publishes whatever is left.
 */
export interface UitgaandEvent {
  detailType: string;
  meta: Omit<Meta, 'id' | 'occurredAt' | 'categorie'>;
  data: unknown;
}

/** Pending events by outbox id (a ULID, so that they sort in the order they were written). */
export type Uitgaand = Record<string, UitgaandEvent>;
