/** Months `YYYY-MM` and their arithmetic (pure). */

const alsGetal = (maand: string) => Number(maand.slice(0, 4)) * 12 + Number(maand.slice(5, 7)) - 1;
const alsMaand = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

export const plusMaanden = (maand: string, n: number) => alsMaand(alsGetal(maand) + n);
/** The number of months from `vanaf` to `tot`, both included (0 or less when `tot` lies before `vanaf`). */
export const aantalMaanden = (vanaf: string, tot: string) => alsGetal(tot) - alsGetal(vanaf) + 1;
/** Every month from `vanaf` to `tot`, both included. */
export const maandenTussen = (vanaf: string, tot: string): string[] =>
  Array.from({ length: Math.max(0, aantalMaanden(vanaf, tot)) }, (_, i) => plusMaanden(vanaf, i));
/** The month of an instant (UTC). */
export const maandVan = (tijdstip: Date) => tijdstip.toISOString().slice(0, 7);
