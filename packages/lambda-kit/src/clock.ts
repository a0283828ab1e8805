/** Time as a port, so domain rules over time can be tested. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today as `YYYY-MM-DD` (UTC). */
export const vandaag = (clock: Clock) => clock.now().toISOString().slice(0, 10);
