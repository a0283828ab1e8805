/**
 * A context's copy of who is assigned to a traject (begeleiding's BegeleidersGewijzigd): the `sub` of every active
 * begeleider and the traject version (`stand`) it was read at. The copy keeps the highest stand, so every context
 * agrees in any order of delivery and however often an event comes (idempotent and commutative).
 */
export interface MetBegeleiders {
  begeleiders?: readonly string[] | undefined;
  begeleidersStand?: number | undefined;
}

export interface BegeleidersFeit {
  begeleiders: readonly string[];
  stand: number;
}

/** The copy after this fact, or undefined when the copy already has it or a later one. */
export function metBegeleiders<T extends MetBegeleiders>(d: T, feit: BegeleidersFeit): T | undefined {
  if ((d.begeleidersStand ?? 0) >= feit.stand) return undefined;
  return { ...d, begeleiders: [...new Set(feit.begeleiders)].sort(), begeleidersStand: feit.stand };
}
