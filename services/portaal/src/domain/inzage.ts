import type { Schemas } from '@wegwijs/api-client';
import type { PersoonRecord } from '@wegwijs/contracts';
import { INZAGE_CONTEXTEN } from '@wegwijs/contracts/api/inzage';

/** `GET /v1/inburgeraars/{id}/inzage` as the generated client types it. */
export type Inzage = Schemas['Inzage'];

/** The records of one kind within a context, oldest first (a record without a date keeps the API's order). */
export interface Soortgroep {
  soort: string;
  records: PersoonRecord[];
}

export interface Contextgroep {
  context: string;
  soorten: Soortgroep[];
}

/**
 * Every record of the inzage grouped per context (in the contexts' fixed order, a context the contract adds later
 * after them) and per kind (in the order the kind first appears), so the page reads "Uw begeleiding > Meetmoment >
 * ...". Nothing is left out.
 */
export function perContextEnSoort(gegevens: readonly PersoonRecord[]): Contextgroep[] {
  const contexten = [...new Set<string>([...INZAGE_CONTEXTEN, ...gegevens.map((r) => r.context)])];
  return contexten.flatMap((context) => {
    const soorten = new Map<string, PersoonRecord[]>();
    for (const r of gegevens) {
      if (r.context !== context) continue;
      const lijst = soorten.get(r.soort) ?? [];
      lijst.push(r);
      soorten.set(r.soort, lijst);
    }
    if (soorten.size === 0) return [];
    return [
      {
        context,
        soorten: [...soorten].map(([soort, records]) => ({
          soort,
          records: records
            .map((r, i) => ({ r, i }))
            .sort((a, b) => volgorde(a.r.vastgelegdOp, b.r.vastgelegdOp) || a.i - b.i)
            .map(({ r }) => r),
        })),
      },
    ];
  });
}

const volgorde = (a: string | undefined, b: string | undefined) => (a && b ? (a < b ? -1 : a > b ? 1 : 0) : 0);

/** A bewaartermijn (`P5Y`, `P1Y6M`, `P0D`, `blijvend`) in parts a sentence can use; undefined for another shape. */
export type Termijn = { soort: 'duur'; jaren: number; maanden: number } | { soort: 'blijvend' } | { soort: 'geen' };

export function leesTermijn(termijn: string): Termijn | undefined {
  if (termijn === 'blijvend') return { soort: 'blijvend' };
  if (termijn === 'P0D') return { soort: 'geen' };
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(termijn);
  if (!m || (!m[1] && !m[2])) return undefined;
  return { soort: 'duur', jaren: Number(m[1] ?? 0), maanden: Number(m[2] ?? 0) };
}

/** A value of a record's content, by what the page shows for it. */
export type Waarde =
  | { soort: 'tekst'; tekst: string }
  | { soort: 'datum'; datum: string }
  | { soort: 'getal'; getal: number }
  | { soort: 'ja-nee'; ja: boolean }
  | { soort: 'leeg' }
  | { soort: 'lijst'; items: Waarde[] }
  | { soort: 'velden'; velden: { naam: string; waarde: Waarde }[] };

const DATUM = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Classifies any JSON value of a record's content, all the way down (the begeleider's text stays text). */
export function waardeVan(x: unknown): Waarde {
  if (typeof x === 'string') return DATUM.test(x) ? { soort: 'datum', datum: x } : { soort: 'tekst', tekst: x };
  if (typeof x === 'number') return { soort: 'getal', getal: x };
  if (typeof x === 'boolean') return { soort: 'ja-nee', ja: x };
  if (Array.isArray(x)) return x.length ? { soort: 'lijst', items: x.map(waardeVan) } : { soort: 'leeg' };
  if (x !== null && typeof x === 'object') {
    const velden = Object.entries(x).map(([naam, w]) => ({ naam, waarde: waardeVan(w) }));
    return velden.length ? { soort: 'velden', velden } : { soort: 'leeg' };
  }
  return { soort: 'leeg' };
}

/** A field name the catalogue does not know, in words: `vastgelegdOp` -> `vastgelegd op`, `gsi-persoon` -> `gsi persoon`. */
export const leesbareNaam = (naam: string): string =>
  naam
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();

/** The download's file name: no id, no name; the date the copy was made. */
export const downloadNaam = (opgesteldOp: string): string =>
  `mijn-wegwijs-gegevens-${/^\d{4}-\d{2}-\d{2}/.exec(opgesteldOp)?.[0] ?? 'kopie'}.json`;
