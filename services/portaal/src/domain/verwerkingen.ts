import type { BerichtSleutel } from '../i18n/catalogi';
import type { Verwerking } from './typen';

/** How the page names the parties of the log (from the deployment config: organisation and gemeente names). */
export interface Namen {
  organisatie(id: string): string | undefined;
  gemeente(cbs: string): string | undefined;
}

/** A party reference of the log, as text parts the page translates: a name, or a role of a gemeente, or a kind. */
export type Partij =
  | { soort: 'naam'; naam: string }
  | { soort: 'gemeente-rol'; gemeente: string; rol: string }
  | { soort: 'sleutel'; sleutel: BerichtSleutel };

/**
 * Resolves `van` / `aan` of a log entry: an organisation id (or `org/sub`), a CBS code (`0518`), a gemeente role
 * (`0518/inburgeringsconsulent`, optionally `/sub`). Person ids are never shown: a name or a role instead.
 */
export function partij(ref: string | undefined, namen: Namen, inburgeraarId: string): Partij {
  if (!ref) return { soort: 'sleutel', sleutel: 'partij.begeleider' };
  if (ref === inburgeraarId) return { soort: 'sleutel', sleutel: 'partij.u' };
  const [eerste = '', tweede] = ref.split('/');
  if (/^\d{4}$/.test(eerste)) {
    const gemeente = namen.gemeente(eerste);
    if (!gemeente) return { soort: 'sleutel', sleutel: 'partij.gemeente' };
    return tweede ? { soort: 'gemeente-rol', gemeente, rol: tweede } : { soort: 'naam', naam: gemeente };
  }
  const org = namen.organisatie(eerste);
  return org ? { soort: 'naam', naam: org } : { soort: 'sleutel', sleutel: 'partij.begeleider' };
}

export interface Zin {
  sleutel: BerichtSleutel;
  datum: string;
  /** The categories the entry is about (for `{wat}`): one, or several for one read. */
  categorieen: string[];
  van: Partij;
  aan: Partij;
  /** When the consent this share relied on was given (for "omdat u op ... toestemming gaf"). */
  gegevenOp?: string | undefined;
}

/** The sentence of one log entry: which message, with which parts. Pure; the page translates it. */
export function zinVoor(
  v: Verwerking,
  namen: Namen,
  inburgeraarId: string,
  gegevenOp: ReadonlyMap<string, string>,
): Zin {
  const basis = {
    datum: v.tijdstip,
    categorieen: v.categorieen ?? (v.categorie ? [v.categorie] : []),
    van: partij(v.van, namen, inburgeraarId),
    aan: partij(v.aan, namen, inburgeraarId),
  };
  switch (v.actie) {
    case 'gedeeld': {
      if (v.grondslag === 'wettelijke-taak') return { ...basis, sleutel: 'log.gedeeld.wet' };
      if (v.grondslag === 'wettelijke-plicht') return { ...basis, sleutel: 'log.gedeeld.plicht' };
      const op = v.toestemmingId ? gegevenOp.get(v.toestemmingId) : undefined;
      return op
        ? { ...basis, sleutel: 'log.gedeeld.toestemming', gegevenOp: op }
        : { ...basis, sleutel: 'log.gedeeld.toestemmingZonderDatum' };
    }
    case 'geweigerd':
      return { ...basis, sleutel: 'log.geweigerd' };
    case 'ingezien':
      return { ...basis, sleutel: 'log.ingezien' };
    case 'toestemming-gegeven':
      return { ...basis, sleutel: 'log.gegeven' };
    case 'toestemming-ingetrokken':
      return { ...basis, sleutel: 'log.ingetrokken' };
    case 'verwijderd':
      return { ...basis, sleutel: 'log.verwijderd' };
    // Issue 23: the move, with what ended and what can be granted again.
    case 'overgedragen':
      return { ...basis, sleutel: 'log.overgedragen' };
  }
}

/** Newest first; entries with the same instant keep their reverse log order. */
export const nieuwsteEerst = (items: readonly Verwerking[]): Verwerking[] =>
  items
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v.tijdstip === b.v.tijdstip ? b.i - a.i : a.v.tijdstip < b.v.tijdstip ? 1 : -1))
    .map(({ v }) => v);

export const PAGINA_GROOTTE = 20;

/** One page of the (newest-first) log: page numbers from 1; out-of-range pages are clamped. */
export function pagina<T>(items: readonly T[], nummer: number, grootte = PAGINA_GROOTTE) {
  const aantalPaginas = Math.max(1, Math.ceil(items.length / grootte));
  const huidig = Math.min(Math.max(1, Math.floor(nummer) || 1), aantalPaginas);
  return {
    items: items.slice((huidig - 1) * grootte, huidig * grootte),
    huidig,
    aantalPaginas,
    volgende: huidig < aantalPaginas ? huidig + 1 : undefined,
  };
}
