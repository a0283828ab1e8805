import { type Berichten, berichten, perTaal } from './berichten';
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

export interface RegieVertaler extends Berichten<RegieSleutel> {
  readonly taal: RegieTaal;
  /**
   * A period written out: a month ('YYYY-MM': "maart 2026", short "mrt"), a quarter ('2026-K1': "1e kwartaal 2026",
   * short "K1"), a half year ('2026-H1': "1e halfjaar 2026", short "H1") or a year ('2026').
   */
  maand(maand: string, kort?: boolean): string;
  /** A number in the language (decimal comma), or a share (0..1) as a percentage. */
  getal(n: number): string;
  procent(n: number): string;
}

const perRegieTaal = perTaal((taal: RegieTaal): RegieVertaler => {
  const basis = berichten(taal, INTL[taal], REGIE_CATALOGI[taal].berichten);
  const lang = new Intl.DateTimeFormat(INTL[taal], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const kort = new Intl.DateTimeFormat(INTL[taal], { month: 'short', timeZone: 'UTC' });
  const getal = new Intl.NumberFormat(INTL[taal], { maximumFractionDigits: 1 });
  const procent = new Intl.NumberFormat(INTL[taal], { style: 'percent', maximumFractionDigits: 0 });
  return {
    ...basis,
    taal,
    maand(maand, isKort = false) {
      const deel = /^(\d{4})-([KH])([1-4])$/.exec(maand);
      if (deel) {
        const [, jaar, soort, n] = deel as unknown as [string, string, string, string];
        if (isKort) return `${soort}${n}`;
        return basis.t(soort === 'K' ? 'periode.kwartaalNaam' : 'periode.halfjaarNaam', { n, jaar });
      }
      if (/^\d{4}$/.test(maand)) return maand;
      const d = new Date(`${maand}-15T00:00:00Z`);
      if (Number.isNaN(d.getTime())) return maand;
      return (isKort ? kort : lang).format(d).replace(/\.$/, '');
    },
    getal: (n) => getal.format(n),
    procent: (n) => procent.format(n),
  };
});

/** The regie pages' messages (the portaal's one message mechanism, `berichten.ts`), once per language and cold start. */
export const regieVertaler = (taal: RegieTaal = 'nl'): RegieVertaler => perRegieTaal(taal);
