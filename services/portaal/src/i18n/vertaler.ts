import { type Berichten, berichten, perTaal, type Waarden } from './berichten';
import { type BerichtSleutel, CATALOGI } from './catalogi';
import { INTL_LOCALE, type Taal } from './talen';

export type { Waarden };

/** Mijn Wegwijs' messages in one of its five languages, with dates and the consent text of that language. */
export interface Vertaler extends Berichten<BerichtSleutel> {
  readonly taal: Taal;
  /** A date (`YYYY-MM-DD`) or instant, written out in the language (e.g. "3 november 2026"). */
  datum(waarde: string): string;
  readonly toestemmingstekst: { readonly versie: string; readonly tekst: string };
}

/** The messages of one language, compiled once per language and cold start. */
export const vertaler = perTaal((taal: Taal): Vertaler => {
  const catalogus = CATALOGI[taal];
  const datumFormaat = new Intl.DateTimeFormat(INTL_LOCALE[taal], { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  return {
    ...berichten(taal, INTL_LOCALE[taal], catalogus.berichten),
    taal,
    toestemmingstekst: catalogus.toestemmingstekst,
    datum(waarde) {
      const d = /^\d{4}-\d{2}-\d{2}$/.test(waarde) ? new Date(`${waarde}T12:00:00Z`) : new Date(waarde);
      return Number.isNaN(d.getTime()) ? waarde : datumFormaat.format(d);
    },
  };
});
