import MessageFormat from '@messageformat/core';
import nl from './regie/nl.json' with { type: 'json' };

/**
 * The languages of the regie pages (staff-facing). Only Dutch for now: a language joins when a reviewed catalogue
 * with the same keys is added here (the catalogue test checks keys and placeholders), as on Mijn Wegwijs.
 */
export const REGIE_TALEN = ['nl'] as const;
export type RegieTaal = (typeof REGIE_TALEN)[number];

export type RegieSleutel = keyof typeof nl.berichten;

export interface RegieCatalogus {
  readonly _status: 'vastgesteld' | 'wacht-op-review';
  readonly _toelichting: string;
  readonly berichten: Readonly<Record<RegieSleutel, string>>;
}

export const REGIE_CATALOGI: Record<RegieTaal, RegieCatalogus> = { nl: nl as RegieCatalogus };

const INTL: Record<RegieTaal, string> = { nl: 'nl-NL' };

export interface RegieVertaler {
  readonly taal: RegieTaal;
  t(sleutel: RegieSleutel, waarden?: Record<string, string | number>): string;
  /** Whether the catalogue has this key (codes from the API may be new). */
  heeft(sleutel: string): sleutel is RegieSleutel;
  /**
   * A period written out: a month ('YYYY-MM': "maart 2026", short "mrt"), a quarter ('2026-K1': "1e kwartaal 2026",
   * short "K1"), a half year ('2026-H1': "1e halfjaar 2026", short "H1") or a year ('2026').
   */
  maand(maand: string, kort?: boolean): string;
  /** A number in the language (decimal comma), or a share (0..1) as a percentage. */
  getal(n: number): string;
  procent(n: number): string;
  lijst(delen: readonly string[]): string;
}

const cache = new Map<RegieTaal, RegieVertaler>();

/** The regie pages' messages (ICU MessageFormat, compiled once per language and cold start). */
export function regieVertaler(taal: RegieTaal = 'nl'): RegieVertaler {
  const bestaand = cache.get(taal);
  if (bestaand) return bestaand;
  const berichten = REGIE_CATALOGI[taal].berichten;
  const mf = new MessageFormat(taal, { strict: false });
  const gecompileerd = new Map<string, (w?: Record<string, string | number>) => string>();
  const lang = new Intl.DateTimeFormat(INTL[taal], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const kort = new Intl.DateTimeFormat(INTL[taal], { month: 'short', timeZone: 'UTC' });
  const getal = new Intl.NumberFormat(INTL[taal], { maximumFractionDigits: 1 });
  const procent = new Intl.NumberFormat(INTL[taal], { style: 'percent', maximumFractionDigits: 0 });
  const lijst = new Intl.ListFormat(INTL[taal], { type: 'conjunction' });
  const v: RegieVertaler = {
    taal,
    t(sleutel, waarden) {
      let fn = gecompileerd.get(sleutel);
      if (!fn) {
        fn = mf.compile(berichten[sleutel]) as (w?: Record<string, string | number>) => string;
        gecompileerd.set(sleutel, fn);
      }
      return fn(waarden);
    },
    heeft: (sleutel): sleutel is RegieSleutel => Object.hasOwn(berichten, sleutel),
    maand(maand, isKort = false) {
      const deel = /^(\d{4})-([KH])([1-4])$/.exec(maand);
      if (deel) {
        const [, jaar, soort, n] = deel as unknown as [string, string, string, string];
        if (isKort) return `${soort}${n}`;
        return v.t(soort === 'K' ? 'periode.kwartaalNaam' : 'periode.halfjaarNaam', { n, jaar });
      }
      if (/^\d{4}$/.test(maand)) return maand;
      const d = new Date(`${maand}-15T00:00:00Z`);
      if (Number.isNaN(d.getTime())) return maand;
      return (isKort ? kort : lang).format(d).replace(/\.$/, '');
    },
    getal: (n) => getal.format(n),
    procent: (n) => procent.format(n),
    lijst: (delen) => lijst.format(delen),
  };
  cache.set(taal, v);
  return v;
}
