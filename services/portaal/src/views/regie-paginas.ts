import { type FilterFout, isNul, type Reeksen } from '../domain/regie';
import { INDICATORSETS, type Indicatorset } from '../domain/regie-typen';
import type { RegieSleutel, RegieVertaler } from '../i18n/regie';
import { grafiekSvg, legenda } from './grafiek';
import { reeksTabel } from './regie-tabel';
import { indicatorNaam, reeksTitel, waardeTekst } from './regie-tekst';
import { type Html, html } from './sjabloon';

export interface Gemeente {
  cbs: string;
  naam: string;
}

const alinea = (tekst: string) => html`<p>${tekst}</p>`;

export function regieInloggenInhoud(v: RegieVertaler, uitgelogd: boolean, fout?: RegieSleutel): Html {
  return html`<h1>${v.t('inloggen.titel')}</h1>${
    uitgelogd && html`<div class="mw-melding" role="status"><p>${v.t('uitgelogd.melding')}</p></div>`
  }${fout && html`<div class="mw-waarschuwing" role="alert"><p>${v.t(fout)}</p></div>`}${alinea(
    v.t('inloggen.uitleg'),
  )}<p class="mw-acties"><a class="mw-knop" href="/regie/inloggen">${v.t('inloggen.knop')}</a></p>`;
}

export function regieOverzichtInhoud(v: RegieVertaler, gemeenten: readonly Gemeente[]): Html {
  const sets = INDICATORSETS.map(
    (s) =>
      html`<li class="mw-kaart"><h2><a href="/regie/${s}">${v.t(`set.${s}`)}</a></h2>${alinea(v.t(`set.${s}.uitleg`))}</li>`,
  );
  return html`<h1>${v.t('overzicht.titel')}</h1>${alinea(
    v.t('overzicht.gemeenten', { aantal: gemeenten.length, namen: v.lijst(gemeenten.map((g) => g.naam)) }),
  )}${alinea(v.t('overzicht.uitleg'))}<ul class="rg-sets">${sets}</ul>`;
}

export interface FilterWaarden {
  /** The gemeenten the caller may choose from (their token's). */
  toegestaan: readonly Gemeente[];
  /** The gemeenten checked (empty: all). */
  gekozen: readonly string[];
  vanaf: string;
  tot: string;
  /** The kind of period asked (maand, kwartaal, halfjaar, jaar). */
  periode: string;
  fout?: FilterFout | undefined;
}

const PERIODEN = ['maand', 'kwartaal', 'halfjaar', 'jaar'] as const;

/** The filter: a GET form that works without JavaScript (gemeenten side by side, a period of whole months). */
export function filterFormulier(v: RegieVertaler, set: Indicatorset, f: FilterWaarden): Html {
  const alle = f.gekozen.length === 0;
  const gemeenten =
    f.toegestaan.length > 1
      ? html`<fieldset class="mw-veld"><legend>${v.t('filter.gemeenten')}</legend><div class="rg-keuzes">${f.toegestaan.map(
          (g) =>
            html`<div class="mw-keuze"><input type="checkbox" name="gemeente" id="gemeente-${g.cbs}" value="${g.cbs}"${
              (alle || f.gekozen.includes(g.cbs)) && html` checked`
            }><label for="gemeente-${g.cbs}">${g.naam}</label></div>`,
        )}</div></fieldset>`
      : alinea(v.t('filter.gemeente', { naam: f.toegestaan[0]?.naam ?? '' }));
  const fout = f.fout ? (`filter.fout.${f.fout}` as RegieSleutel) : undefined;
  const beschreven = `filter-hint${fout ? ' filter-fout' : ''}`;
  const maand = (naam: 'vanaf' | 'tot', waarde: string) =>
    html`<div class="mw-veld"><label for="${naam}">${v.t(`filter.${naam}`)}</label><input type="month" id="${naam}" name="${naam}" value="${waarde}" aria-describedby="${beschreven}"${
      fout && html` aria-invalid="true"`
    }></div>`;
  return html`<section aria-labelledby="filter-kop" class="rg-filter"><h2 id="filter-kop">${v.t('filter.titel')}</h2>${
    fout && html`<div class="mw-waarschuwing" role="alert" id="filter-fout"><p>${v.t(fout)}</p></div>`
  }<form method="get" action="/regie/${set}">${gemeenten}<p id="filter-hint">${v.t(
    'filter.maandHint',
  )}</p><div class="rg-periode">${maand('vanaf', f.vanaf)}${maand('tot', f.tot)}</div><div class="mw-veld"><label for="periode">${v.t(
    'filter.periode',
  )}</label><select id="periode" name="periode">${PERIODEN.map(
    (p) => html`<option value="${p}"${f.periode === p && html` selected`}>${v.t(`periode.${p}`)}</option>`,
  )}</select></div><p class="mw-acties"><button type="submit">${v.t('filter.knop')}</button></p></form></section>`;
}

export interface SetData {
  set: Indicatorset;
  filter: FilterWaarden;
  /** The figures, when the filter was valid and the API answered. */
  reeksen?: Reeksen | undefined;
  /** The filter as a query string (for the CSV link). */
  query: string;
  naam(cbs: string): string;
}

function figuren(v: RegieVertaler, r: Reeksen, naam: (cbs: string) => string): Html[] {
  const gemeenten = r.gemeenten.map((cbs) => ({ cbs, naam: naam(cbs) }));
  const namen = v.lijst(gemeenten.map((g) => g.naam));
  const vanaf = v.maand(r.maanden[0] ?? '');
  const tot = v.maand(r.maanden.at(-1) ?? '');
  let n = 0;
  return r.perIndicator.map(({ indicator, reeksen }) => {
    const nul = reeksen.filter(isNul);
    const delen = reeksen
      .filter((reeks) => !isNul(reeks))
      .map((reeks) => {
        const id = `r${++n}`;
        const titel = reeksTitel(v, reeks);
        let onderdrukt = 0;
        let top = 0;
        for (const perGemeente of reeks.waarden.values()) {
          for (const w of perGemeente.values()) {
            if (w.soort === 'onderdrukt') onderdrukt++;
            else top = Math.max(top, w.waarde);
          }
        }
        const beschrijving = v.t('grafiek.beschrijving', {
          titel,
          vanaf,
          tot,
          gemeenten: gemeenten.length > 1 ? v.t('grafiek.perGemeente', { namen }) : namen,
          hoogste: waardeTekst(v, reeks.statistiek, top),
          onderdrukt,
        });
        const invoer = { id, titel, maanden: r.maanden, periode: r.periode, gemeenten, reeks };
        return html`<section class="rg-figuur" aria-labelledby="${id}-kop"><h3 id="${id}-kop">${titel}</h3>${grafiekSvg(
          v,
          { ...invoer, beschrijving },
        )}${legenda(v, id, gemeenten)}${reeksTabel(v, invoer)}</section>`;
      });
    const nullen =
      nul.length > 0 &&
      html`<p>${v.t('reeks.nullen', { aantal: nul.length })}</p><ul class="rg-nullen">${nul.map(
        (reeks) => html`<li>${reeksTitel(v, reeks)}</li>`,
      )}</ul>`;
    return html`<section aria-labelledby="i-${indicator}"><h2 id="i-${indicator}">${indicatorNaam(
      v,
      indicator,
    )}</h2>${delen}${nullen}</section>`;
  });
}

/** One indicator set: the filter, the CSV download, and per indicator its charts, each with its table. */
export function regieSetInhoud(v: RegieVertaler, d: SetData): Html {
  const naam = v.t(`set.${d.set}`);
  const r = d.reeksen;
  return html`<h1>${naam}</h1>${alinea(v.t(`set.${d.set}.uitleg`))}${filterFormulier(v, d.set, d.filter)}${
    r &&
    html`${alinea(
      v.t('set.periode', {
        gemeenten: v.lijst(r.gemeenten.map(d.naam)),
        vanaf: v.maand(r.maanden[0] ?? ''),
        tot: v.maand(r.maanden.at(-1) ?? ''),
      }),
    )}${alinea(v.t('set.afronding'))}<p><a class="mw-knop" href="/regie/${d.set}/csv?${d.query}" download>${v.t(
      'csv.link',
      { set: naam.toLowerCase() },
    )}</a></p>${alinea(v.t('csv.uitleg'))}${r.perIndicator.length ? figuren(v, r, d.naam) : alinea(v.t('set.leeg'))}`
  }`;
}

export function regieFoutInhoud(v: RegieVertaler, sleutel: RegieSleutel, metInloggen: boolean): Html {
  return html`<h1>${v.t('fout.titel')}</h1>${alinea(v.t(sleutel))}${
    metInloggen
      ? html`<p><a class="mw-knop" href="/regie/inloggen">${v.t('inloggen.knop')}</a></p>`
      : html`<p><a href="/regie">${v.t('fout.terug')}</a></p>`
  }`;
}
