import MessageFormat from '@messageformat/core';

export type Waarden = Record<string, string | number>;

/**
 * The one message mechanism of the portaal, for every audience: a catalogue of ICU MessageFormat texts per language,
 * each text compiled at its first use and kept for the life of the function. Mijn Wegwijs (`vertaler.ts`) and the
 * regie pages (`regie.ts`) add what their pages need (dates, periods, numbers) on top.
 */
export interface Berichten<S extends string> {
  readonly taal: string;
  t(sleutel: S, waarden?: Waarden): string;
  /** Whether the catalogue has this key (codes and field names from the API may be new). */
  heeft(sleutel: string): sleutel is S;
  /** A list in the language ("a, b en c"; "a، b و c"). */
  lijst(delen: readonly string[]): string;
}

export function berichten<S extends string>(
  taal: string,
  locale: string,
  teksten: Readonly<Record<S, string>>,
): Berichten<S> {
  const mf = new MessageFormat(taal, { strict: false });
  const gecompileerd = new Map<string, (w?: Waarden) => string>();
  const lijstFormaat = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    taal,
    t(sleutel, waarden) {
      let fn = gecompileerd.get(sleutel);
      if (!fn) {
        fn = mf.compile(teksten[sleutel]) as (w?: Waarden) => string;
        gecompileerd.set(sleutel, fn);
      }
      return fn(waarden);
    },
    heeft: (sleutel): sleutel is S => Object.hasOwn(teksten, sleutel),
    lijst: (delen) => lijstFormaat.format(delen),
  };
}

/** One object per language and cold start. */
export function perTaal<T extends string, V>(maak: (taal: T) => V): (taal: T) => V {
  const cache = new Map<T, V>();
  return (taal) => {
    let v = cache.get(taal);
    if (!v) {
      v = maak(taal);
      cache.set(taal, v);
    }
    return v;
  };
}
