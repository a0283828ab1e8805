/** Time as a port, so domain rules over time can be tested. */
export interface Clock {
  now(): Date;
}

/**
 * The local platform's clock (`POST /dev/klok`): a shift in milliseconds that the local platform's worker threads set
 * on their `globalThis` under this symbol (infra/src/local/worker.mjs). Never set in AWS, where the shift is 0.
 */
export const KLOK_VERSCHUIVING = Symbol.for('wegwijs.klok.verschuivingMs');

const verschuiving = (): number => {
  const ms = (globalThis as Record<symbol, unknown>)[KLOK_VERSCHUIVING];
  return typeof ms === 'number' ? ms : 0;
};

/** The time every function sees: the system's, shifted by the local platform's clock when one is set. */
export const systemClock: Clock = { now: () => new Date(Date.now() + verschuiving()) };

/** Today as `YYYY-MM-DD` (UTC). */
export const vandaag = (clock: Clock) => clock.now().toISOString().slice(0, 10);
