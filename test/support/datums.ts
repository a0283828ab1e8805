/**
 * The fixed instant of the tests whose outcome depends on the calendar (the months and weeks their dates fall in):
 * `startPlatform({ klok: VASTE_KLOK })`. `WEGWIJS_TEST_KLOK` moves it, to show what a test does on another day.
 */
export const VASTE_KLOK = process.env.WEGWIJS_TEST_KLOK ?? '2026-11-29T10:00:00Z';

let vast: { nu: number; gezet: number } | undefined;

/**
 * Pins the tests' clock to the platform's fixed clock (`startPlatform({ klok })`, `POST /dev/klok`): from `nu` on it
 * runs with the system's clock, as the platform's does.
 */
export function zetTestKlok(nu: string | undefined): void {
  vast = nu === undefined ? undefined : { nu: Date.parse(nu), gezet: Date.now() };
}

/** Now for the tests: the pinned clock's time when one is set, else the system's. */
export const nu = (): Date => new Date(vast ? vast.nu + (Date.now() - vast.gezet) : Date.now());

/** Calendar dates relative to today (UTC, the pinned clock's when one is set), so end-to-end tests stay true. */
export const vandaag = () => nu().toISOString().slice(0, 10);

export function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (31 January + 1 month = 28 or 29 February). */
export function plusMaanden(datum: string, maanden: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const doel = new Date(Date.UTC(j, m - 1 + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(d, laatste));
  return doel.toISOString().slice(0, 10);
}
