import type { Reeks, Waarde } from '../domain/regie';
import type { RegieVertaler } from '../i18n/regie';
import { waardeTekst } from './regie-tekst';
import { type Html, html } from './sjabloon';

export interface TabelInvoer {
  id: string;
  titel: string;
  maanden: readonly string[];
  /** The kind of period of the rows (the header's word). */
  periode: 'maand' | 'kwartaal' | 'halfjaar' | 'jaar';
  gemeenten: readonly { cbs: string; naam: string }[];
  reeks: Reeks;
}

function cel(v: RegieVertaler, reeks: Reeks, w: Waarde | undefined): Html {
  if (!w)
    return html`<td><span aria-hidden="true">–</span><span class="visually-hidden">${v.t('tabel.geen')}</span></td>`;
  if (w.soort === 'onderdrukt') {
    return html`<td class="rg-onderdrukt">&lt;5<span class="visually-hidden"> (${v.t('tabel.onderdrukt')})</span></td>`;
  }
  return html`<td>${waardeTekst(v, reeks.statistiek, w.waarde)}</td>`;
}

/**
 * The same figures as the chart, as a real table for screen readers: a caption, a column per gemeente and a row per
 * month, headers with their scope. In a focusable region that scrolls sideways on a narrow screen (the page does not).
 */
export function reeksTabel(v: RegieVertaler, t: TabelInvoer): Html {
  const kop = html`<tr><th scope="col">${v.t(`tabel.${t.periode}`)}</th>${t.gemeenten.map(
    (g) => html`<th scope="col">${g.naam}</th>`,
  )}</tr>`;
  const rijen = t.maanden.map((maand) => {
    const perGemeente = t.reeks.waarden.get(maand);
    return html`<tr><th scope="row">${v.maand(maand)}</th>${t.gemeenten.map((g) =>
      cel(v, t.reeks, perGemeente?.get(g.cbs)),
    )}</tr>`;
  });
  return html`<div class="rg-tabelvak" role="region" tabindex="0" aria-labelledby="${t.id}-bijschrift"><table class="rg-tabel"><caption id="${t.id}-bijschrift">${t.titel}</caption><thead>${kop}</thead><tbody>${rijen}</tbody></table></div>`;
}
