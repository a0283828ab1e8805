import MessageFormat from '@messageformat/core';
import { type BerichtSleutel, CATALOGI } from './catalogi';
import { INTL_LOCALE, type Taal } from './talen';

export type Waarden = Record<string, string | number>;

export interface Vertaler {
  readonly taal: Taal;
  t(sleutel: BerichtSleutel, waarden?: Waarden): string;
  /** Whether the catalogue has this key (codes and field names from the API may be new). */
  heeft(sleutel: string): sleutel is BerichtSleutel;
  /** A date (`YYYY-MM-DD`) or instant, written out in the language (e.g. "3 november 2026"). */
  datum(waarde: string): string;
  /** A list in the language ("a, b en c"; "a، b و c"). */
  lijst(delen: readonly string[]): string;
  readonly toestemmingstekst: { readonly versie: string; readonly tekst: string };
}

const cache = new Map<Taal, Vertaler>();

/** The messages of one language, compiled once per language and cold start. */
export function vertaler(taal: Taal): Vertaler {
  const bestaand = cache.get(taal);
  if (bestaand) return bestaand;
  const catalogus = CATALOGI[taal];
  const mf = new MessageFormat(taal, { strict: false });
  const gecompileerd = new Map<string, (w?: Waarden) => string>();
  const datumFormaat = new Intl.DateTimeFormat(INTL_LOCALE[taal], { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  const lijstFormaat = new Intl.ListFormat(INTL_LOCALE[taal], { type: 'conjunction' });
  const v: Vertaler = {
    taal,
    toestemmingstekst: catalogus.toestemmingstekst,
    t(sleutel, waarden) {
      let fn = gecompileerd.get(sleutel);
      if (!fn) {
        fn = mf.compile(catalogus.berichten[sleutel]) as (w?: Waarden) => string;
        gecompileerd.set(sleutel, fn);
      }
      return fn(waarden);
    },
    heeft: (sleutel): sleutel is BerichtSleutel => Object.hasOwn(catalogus.berichten, sleutel),
    lijst: (delen) => lijstFormaat.format(delen),
    datum(waarde) {
      const d = /^\d{4}-\d{2}-\d{2}$/.test(waarde) ? new Date(`${waarde}T12:00:00Z`) : new Date(waarde);
      return Number.isNaN(d.getTime()) ? waarde : datumFormaat.format(d);
    },
  };
  cache.set(taal, v);
  return v;
}
