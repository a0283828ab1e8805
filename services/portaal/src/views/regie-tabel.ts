import type { Reeks, Waarde } from '../domain/regie';
import type { RegieVertaler } from '../i18n/regie';
import { e } from './html';
import { waardeTekst } from './regie-tekst';

export interface TabelInvoer {
  id: string;
  titel: string;
  maanden: readonly string[];
  /** The kind of period of the rows (the header's word). */
  periode: 'maand' | 'kwartaal' | 'halfjaar' | 'jaar';
  gemeenten: readonly { cbs: string; naam: string }[];
  reeks: Reeks;
}

function cel(v: RegieVertaler, reeks: Reeks, w: Waarde | undefined): string {
  if (!w)
    return `<td><span aria-hidden="true">–</span><span class="visually-hidden">${e(v.t('tabel.geen'))}</span></td>`;
  if (w.soort === 'onderdrukt') {
    return `<td class="rg-onderdrukt">&lt;5<span class="visually-hidden"> (${e(v.t('tabel.onderdrukt'))})</span></td>`;
  }
  return `<td>${e(waardeTekst(v, reeks.statistiek, w.waarde))}</td>`;
}

/**
 * The same figures as the chart, as a real table for screen readers: a caption, a column per gemeente and a row per
 * month, headers with their scope. In a focusable region that scrolls sideways on a narrow screen (the page does not).
 */
export function reeksTabel(v: RegieVertaler, t: TabelInvoer): string {
  const kop = `<tr><th scope="col">${e(v.t(`tabel.${t.periode}`))}</th>${t.gemeenten
    .map((g) => `<th scope="col">${e(g.naam)}</th>`)
    .join('')}</tr>`;
  const rijen = t.maanden
    .map((maand) => {
      const perGemeente = t.reeks.waarden.get(maand);
      return `<tr><th scope="row">${e(v.maand(maand))}</th>${t.gemeenten
        .map((g) => cel(v, t.reeks, perGemeente?.get(g.cbs)))
        .join('')}</tr>`;
    })
    .join('');
  return `<div class="rg-tabelvak" role="region" tabindex="0" aria-labelledby="${t.id}-bijschrift"><table class="rg-tabel"><caption id="${t.id}-bijschrift">${e(
    t.titel,
  )}</caption><thead>${kop}</thead><tbody>${rijen}</tbody></table></div>`;
}
