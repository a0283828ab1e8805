import type { PersoonRecord } from '@wegwijs/contracts';
import { type Inzage, leesbareNaam, leesTermijn, perContextEnSoort, type Waarde, waardeVan } from '../domain/inzage';
import type { Vertaler } from '../i18n/vertaler';
import { type Html, html } from './sjabloon';

export interface GegevensData {
  inzage: Inzage;
  /** The name of a party the API names by code (a gemeente's CBS code, an organisation id). */
  partij(code: string): string;
}

/** A text of the catalogue for a code from the API, or the code in words when the catalogue does not know it yet. */
const naamVan = (v: Vertaler, prefix: string, code: string) => {
  const sleutel = `${prefix}${code}`;
  return v.heeft(sleutel) ? v.t(sleutel) : leesbareNaam(code);
};

const categorieNaam = (v: Vertaler, categorie: string) => {
  const sleutel = `categorie.${categorie}.naam`;
  return v.heeft(sleutel) ? v.t(sleutel) : leesbareNaam(categorie);
};

/** A value of a record, all the way down: text stays text (escaped by the template), lists and fields as lists. */
function waardeHtml(v: Vertaler, w: Waarde): Html {
  switch (w.soort) {
    case 'tekst':
      return html`<span class="mw-tekst">${w.tekst}</span>`;
    case 'datum':
      return html`<time datetime="${w.datum}">${v.datum(w.datum)}</time>`;
    case 'getal':
      return html`${w.getal}`;
    case 'ja-nee':
      return html`${v.t(w.ja ? 'gegevens.ja' : 'gegevens.nee')}`;
    case 'leeg':
      return html`${v.t('gegevens.leeg')}`;
    case 'lijst':
      return html`<ul class="mw-waarden">${w.items.map((item) => html`<li>${waardeHtml(v, item)}</li>`)}</ul>`;
    case 'velden':
      return html`<dl class="mw-velden">${w.velden.map(
        (veld) => html`<div><dt>${naamVan(v, 'veld.', veld.naam)}</dt><dd>${waardeHtml(v, veld.waarde)}</dd></div>`,
      )}</dl>`;
  }
}

const recordHtml = (v: Vertaler, r: PersoonRecord) =>
  html`<li class="mw-record">${
    r.vastgelegdOp && html`<p class="mw-klein">${v.t('gegevens.vastgelegdOp', { datum: v.datum(r.vastgelegdOp) })}</p>`
  }${waardeHtml(v, waardeVan(r.inhoud))}</li>`;

function vastgelegd(v: Vertaler, gegevens: readonly PersoonRecord[]): Html {
  const groepen = perContextEnSoort(gegevens);
  if (!groepen.length) return html`<p>${v.t('gegevens.vastgelegd.geen')}</p>`;
  return html`<p>${v.t('gegevens.vastgelegd.uitleg')}</p>${groepen.map(
    ({ context, soorten }) =>
      html`<section class="mw-kaart" aria-labelledby="context-${context}"><h3 id="context-${context}">${naamVan(
        v,
        'context.',
        context,
      )}</h3>${soorten.map(
        ({ soort, records }, i) =>
          html`<h4 id="soort-${context}-${i}">${naamVan(v, 'soort.', soort)} <span class="mw-klein">(${v.t(
            'gegevens.aantal',
            { aantal: records.length },
          )})</span></h4><ol class="mw-records" aria-labelledby="soort-${context}-${i}">${records.map((r) =>
            recordHtml(v, r),
          )}</ol>`,
      )}</section>`,
  )}`;
}

function gedeeld(v: Vertaler, d: GegevensData): Html {
  const items = d.inzage.gedeeld;
  if (!items.length) return html`<p>${v.t('gegevens.gedeeld.geen')}</p>`;
  return html`<ol class="mw-log">${items.map((g) => {
    const grond = `grond.${g.grondslag}`;
    return html`<li>${v.t('gegevens.gedeeld.zin', {
      datum: v.datum(g.tijdstip),
      wat: categorieNaam(v, g.categorie),
      aan: d.partij(g.aan),
      grond: v.heeft(grond) ? v.t(grond) : v.t('grond.onbekend', { grondslag: g.grondslag }),
    })}</li>`;
  })}</ol>`;
}

function activiteitTekst(v: Vertaler, id: string): string {
  if (id.startsWith('delen-')) return v.t('activiteit.delen', { wat: categorieNaam(v, id.slice('delen-'.length)) });
  return naamVan(v, 'activiteit.', id);
}

function termijnTekst(v: Vertaler, t: Inzage['bewaartermijnen'][number]): string {
  const termijn = leesTermijn(t.termijn);
  if (!termijn) return v.t('termijn.onbekend', { termijn: t.termijn });
  if (termijn.soort === 'blijvend') return v.t('termijn.blijvend');
  if (termijn.soort === 'geen') return v.t('termijn.geen');
  const duur = v.lijst([
    ...(termijn.jaren ? [v.t('termijn.jaren', { jaren: termijn.jaren })] : []),
    ...(termijn.maanden ? [v.t('termijn.maanden', { maanden: termijn.maanden })] : []),
  ]);
  const vanaf = `termijn.vanaf.${t.vanaf}`;
  return v.heeft(vanaf) ? v.t(vanaf, { duur }) : `${duur} (${leesbareNaam(t.vanaf)})`;
}

const SECTIES = ['vastgelegd', 'gedeeld', 'activiteiten', 'termijnen'] as const;

/**
 * "Mijn gegevens" (AVG art. 15 and 20): the whole inzage of the API in plain words: every record per context and kind
 * (the begeleider's free text as text), what was shared with whom on which ground, the processing activities and the
 * bewaartermijnen, with the download of the same copy as JSON.
 */
export function gegevensInhoud(v: Vertaler, d: GegevensData): Html {
  const { inzage } = d;
  return html`<h1>${v.t('gegevens.titel')}</h1>
<p>${v.t('gegevens.uitleg')}</p>
<p>${v.t('gegevens.opgesteld', { datum: v.datum(inzage.opgesteldOp) })}</p>
<p class="mw-acties"><a class="mw-knop" href="/mijn/gegevens.json" download>${v.t('gegevens.download')}</a></p>
<p>${v.t('gegevens.downloadUitleg')}</p>
<nav aria-label="${v.t('gegevens.opDezePagina')}"><ul>${SECTIES.map(
    (s) => html`<li><a href="#${s}">${v.t(`gegevens.${s}.titel`)}</a></li>`,
  )}</ul></nav>
<section aria-labelledby="vastgelegd"><h2 id="vastgelegd">${v.t('gegevens.vastgelegd.titel')}</h2>${vastgelegd(
    v,
    inzage.gegevens,
  )}</section>
<section aria-labelledby="gedeeld"><h2 id="gedeeld">${v.t('gegevens.gedeeld.titel')}</h2>${gedeeld(v, d)}</section>
<section aria-labelledby="activiteiten"><h2 id="activiteiten">${v.t('gegevens.activiteiten.titel')}</h2>${
    inzage.verwerkingsactiviteiten.length
      ? html`<p>${v.t('gegevens.activiteiten.uitleg')}</p><ul>${inzage.verwerkingsactiviteiten.map(
          (id) => html`<li>${activiteitTekst(v, id)}</li>`,
        )}</ul>`
      : html`<p>${v.t('gegevens.activiteiten.geen')}</p>`
  }</section>
<section aria-labelledby="termijnen"><h2 id="termijnen">${v.t('gegevens.termijnen.titel')}</h2><p>${v.t(
    'gegevens.termijnen.uitleg',
  )}</p><ul>${inzage.bewaartermijnen.map(
    (t) =>
      html`<li>${v.t('gegevens.termijnen.zin', { soort: naamVan(v, 'soort.', t.soort), termijn: termijnTekst(v, t) })}</li>`,
  )}</ul></section>`;
}
