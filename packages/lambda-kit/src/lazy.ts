/** A memoised factory: `maak` runs at the first call (cold start, not import), later calls return the same value. */
export const lazy = <T>(maak: () => T): (() => T) => {
  let waarde: T | undefined;
  return () => {
    waarde ??= maak();
    return waarde;
  };
};
