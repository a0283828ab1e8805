import { DOELEN } from '@wegwijs/contracts';
import type { PersoonlijkeGrond } from '../domain/grondslag';
import { ONTVANGER_ROLLEN, type perCategorie } from '../domain/toestemmingen';
import type { ToestemmingWeergave } from '../domain/typen';
import type { BerichtSleutel } from '../i18n/catalogi';
import { TAALNAMEN } from '../i18n/talen';
import type { Vertaler } from '../i18n/vertaler';
import { csrfVeld } from './layout';
import { type Html, html } from './sjabloon';
import { code, ontvangerTekst } from './tekst';

const alinea = (tekst: string) => html`<p>${tekst}</p>`;
const melding = (tekst: string | undefined) =>
  tekst && html`<div class="mw-melding" role="status"><p>${tekst}</p></div>`;
const fout = (tekst: string | undefined, id = 'fout') =>
  tekst && html`<div class="mw-waarschuwing" role="alert" id="${id}"><p>${tekst}</p></div>`;

export function inloggenInhoud(v: Vertaler, uitgelogd: boolean, foutSleutel?: BerichtSleutel): Html {
  return html`<h1>${v.t('inloggen.titel')}</h1>${uitgelogd && melding(v.t('uitgelogd.melding'))}${
    foutSleutel && fout(v.t(foutSleutel))
  }${alinea(v.t('inloggen.uitleg'))}<p class="mw-acties"><a class="mw-knop" href="/mijn/inloggen">${v.t(
    'inloggen.knop',
  )}</a></p>${alinea(v.t('inloggen.geenDigid'))}<p><a href="/mijn/formulier">${v.t('nav.formulier')}</a></p>`;
}

export interface OverzichtData {
  /** The ground that applies to this person (grondVoor). */
  grond: PersoonlijkeGrond;
  fase: string | undefined;
  gemeente: string;
  organisatie: string;
  aantalActief: number;
}

function waarom(v: Vertaler, grond: PersoonlijkeGrond): string {
  if (grond.waarom.soort === 'wet') return v.t('overzicht.wet');
  if (grond.waarom.soort === 'regeling') {
    return v.t('overzicht.regeling', { regeling: grond.waarom.regeling, artikel: grond.waarom.artikel });
  }
  return v.t('overzicht.buitenWet');
}

export function overzichtInhoud(v: Vertaler, d: OverzichtData): Html {
  // Shared without consent: to the gemeente (trajectstatus, praktische-zaken) and, from the gemeente, to the begeleider
  // (the dates of the inburgering, that the consulent asked something); nothing for a doelgroep outside art. 13.
  const { grond } = d;
  const wettelijk = grond.zonderToestemming.map(
    (c) =>
      html`<section class="mw-kaart" aria-labelledby="cat-${c}"><h2 id="cat-${c}">${v.t(
        `categorie.${c}.naam`,
      )}</h2>${alinea(v.t(`categorie.${c}.uitleg`))}</section>`,
  );
  return html`<h1>${v.t('overzicht.titel')}</h1>${alinea(
    v.t('overzicht.gemeente', { gemeente: d.gemeente, organisatie: d.organisatie }),
  )}${d.fase && alinea(v.t('overzicht.fase', { fase: code(v, 'fase.', d.fase, 'wat.onbekend') }))}${alinea(
    v.t(grond.zonderToestemming.length > 0 ? 'overzicht.uitleg' : 'overzicht.niets'),
  )}${wettelijk}<section aria-labelledby="waarom" data-grond="${grond.waarom.soort}"><h2 id="waarom">${v.t(
    'overzicht.waarom',
  )}</h2>${alinea(waarom(v, grond))}</section><section aria-labelledby="rest"><h2 id="rest">${v.t(
    'nav.toestemmingen',
  )}</h2>${alinea(v.t('overzicht.rest'))}${alinea(
    v.t('overzicht.aantal', { aantal: d.aantalActief }),
  )}<p><a href="/mijn/toestemmingen">${v.t('overzicht.naarToestemmingen')}</a></p></section><section aria-labelledby="gegevens"><h2 id="gegevens">${v.t(
    'nav.gegevens',
  )}</h2>${alinea(v.t('overzicht.gegevens'))}<p><a href="/mijn/gegevens">${v.t(
    'overzicht.naarGegevens',
  )}</a></p></section>`;
}

export interface ToestemmingenData {
  groepen: ReturnType<typeof perCategorie>;
  gemeente: string;
  gemeenteNaam: string;
  aantalEerder: number;
  vandaag: string;
  morgen: string;
  csrf: string;
  melding?: BerichtSleutel | undefined;
  fout?: BerichtSleutel | undefined;
}

function toestemmingRegels(v: Vertaler, t: ToestemmingWeergave, gemeenteNaam: string, categorieNaam: string): Html {
  return html`<li><p>${v.t('toestemmingen.aan', {
    ontvanger: ontvangerTekst(v, gemeenteNaam, t.ontvanger.rol),
  })}<br>${v.t('toestemmingen.doel', { doel: code(v, 'doel.', t.doel, 'wat.onbekend') })}<br>${
    t.geldigTot ? v.t('toestemmingen.tot', { datum: v.datum(t.geldigTot) }) : v.t('toestemmingen.totAltijd')
  }${t.geldigVanaf && html`<br>${v.t('toestemmingen.gegeven', { datum: v.datum(t.geldigVanaf) })}`}</p><p><a href="/mijn/toestemmingen/${encodeURIComponent(
    t.toestemmingId,
  )}/intrekken">${v.t('toestemmingen.intrekken', { categorie: categorieNaam })}</a></p></li>`;
}

const keuze = (type: 'radio' | 'checkbox', naam: string, id: string, waarde: string, label: string, aan = false) =>
  html`<div class="mw-keuze"><input type="${type}" name="${naam}" id="${id}" value="${waarde}"${
    aan && html` checked`
  }><label for="${id}">${label}</label></div>`;

export function toestemmingenInhoud(v: Vertaler, d: ToestemmingenData): Html {
  const groepen = d.groepen.map(({ categorie, toestemmingen }) => {
    const naam = v.t(`categorie.${categorie}.naam` as BerichtSleutel);
    return html`<section class="mw-kaart" aria-labelledby="cat-${categorie}"><h2 id="cat-${categorie}">${naam}</h2>${alinea(
      v.t(`categorie.${categorie}.uitleg` as BerichtSleutel),
    )}${
      toestemmingen.length
        ? html`<ul>${toestemmingen.map((t) => toestemmingRegels(v, t, d.gemeenteNaam, naam))}</ul>`
        : alinea(v.t('toestemmingen.geen'))
    }</section>`;
  });
  const categorieKeuzes = d.groepen.map(({ categorie }) =>
    keuze('radio', 'categorie', `kies-${categorie}`, categorie, v.t(`categorie.${categorie}.naam` as BerichtSleutel)),
  );
  const ontvangers = [
    keuze('radio', 'ontvanger', 'aan-gemeente', 'gemeente', ontvangerTekst(v, d.gemeenteNaam, undefined), true),
    ...ONTVANGER_ROLLEN.map((rol) =>
      keuze('radio', 'ontvanger', `aan-${rol}`, `rol:${rol}`, ontvangerTekst(v, d.gemeenteNaam, rol)),
    ),
  ];
  const doelen = DOELEN.map(
    (doel) => html`<option value="${doel}"${doel === 'regie' && html` selected`}>${v.t(`doel.${doel}`)}</option>`,
  );
  return html`<h1>${v.t('toestemmingen.titel')}</h1>${d.melding && melding(v.t(d.melding))}${alinea(
    v.t('toestemmingen.uitleg'),
  )}${groepen}${d.aantalEerder > 0 && alinea(v.t('toestemmingen.eerder', { aantal: d.aantalEerder }))}<section aria-labelledby="geven"><h2 id="geven">${v.t(
    'geven.titel',
  )}</h2>${fout(d.fout ? v.t(d.fout) : undefined, 'fout')}${alinea(
    v.t('geven.uitleg'),
  )}<form method="post" action="/mijn/toestemmingen"${d.fout && html` aria-describedby="fout"`}>${csrfVeld(
    d.csrf,
  )}<input type="hidden" name="taal" value="${v.taal}"><input type="hidden" name="tekstversie" value="${
    v.toestemmingstekst.versie
  }"><fieldset class="mw-veld"><legend>${v.t('geven.categorie')}</legend>${categorieKeuzes}</fieldset><div class="mw-waarschuwing"><p id="signalen-uitleg">${v.t(
    'geven.signalen',
  )}</p><div class="mw-keuze"><input type="checkbox" name="expliciet" id="expliciet" value="ja" aria-describedby="signalen-uitleg"><label for="expliciet">${v.t(
    'geven.expliciet',
  )}</label></div></div><fieldset class="mw-veld"><legend>${v.t(
    'geven.ontvanger',
  )}</legend>${ontvangers}</fieldset><div class="mw-veld"><label for="doel">${v.t(
    'geven.doel',
  )}</label><select id="doel" name="doel">${doelen}</select></div><div class="mw-veld"><label for="geldigTot">${v.t(
    'geven.geldigTot',
  )}</label><input type="date" id="geldigTot" name="geldigTot" min="${d.morgen}"></div><h3>${v.t(
    'geven.tekst',
  )}</h3>${alinea(v.toestemmingstekst.tekst)}<p>${v.t('geven.versie', {
    versie: v.toestemmingstekst.versie,
  })}</p><p class="mw-acties"><button type="submit">${v.t('geven.knop')}</button></p></form></section>`;
}

export function intrekkenInhoud(v: Vertaler, t: ToestemmingWeergave, gemeenteNaam: string, csrf: string): Html {
  const ontvanger = ontvangerTekst(v, gemeenteNaam, t.ontvanger.rol);
  const categorieen = t.categorieen.map((c) => code(v, 'categorie.', `${c}.naam`, 'wat.onbekend')).join(', ');
  return html`<h1>${v.t('intrekken.titel')}</h1>${alinea(v.t('intrekken.over', { categorieen, ontvanger }))}<h2>${v.t(
    'intrekken.wat',
  )}</h2><ul><li>${v.t('intrekken.niets', { ontvanger })}</li><li>${v.t('intrekken.weg')}</li><li>${v.t(
    'intrekken.opnieuw',
  )}</li></ul><form method="post" action="/mijn/toestemmingen/${encodeURIComponent(
    t.toestemmingId,
  )}/intrekken" class="mw-acties">${csrfVeld(csrf)}<button type="submit">${v.t(
    'intrekken.knop',
  )}</button><a href="/mijn/toestemmingen">${v.t('intrekken.terug')}</a></form>`;
}

export interface VerwerkingenData {
  zinnen: readonly string[];
  ketenGeldig: boolean;
  huidig: number;
  volgende?: number | undefined;
}

export function verwerkingenInhoud(v: Vertaler, d: VerwerkingenData): Html {
  const start = 1 + (d.huidig - 1) * 20;
  return html`<h1>${v.t('verwerkingen.titel')}</h1>${alinea(v.t('verwerkingen.uitleg'))}${
    d.ketenGeldig
      ? html`<p class="mw-ok" id="keten">${v.t('keten.geldig')}</p>`
      : html`<div class="mw-waarschuwing" role="alert"><p class="mw-fout" id="keten">${v.t('keten.ongeldig')}</p></div>`
  }${
    d.zinnen.length
      ? html`<ol class="mw-log" start="${start}" aria-describedby="log-aantal">${d.zinnen.map(
          (z) => html`<li>${z}</li>`,
        )}</ol><p id="log-aantal">${v.t('log.aantal', { aantal: d.zinnen.length })}</p>`
      : alinea(v.t('log.leeg'))
  }${
    (d.volgende !== undefined || d.huidig > 1) &&
    html`<nav aria-label="${v.t('verwerkingen.titel')}" class="mw-acties">${
      d.huidig > 1 && html`<a href="/mijn/verwerkingen">${v.t('log.eerste')}</a>`
    }${
      d.volgende !== undefined &&
      html`<a href="/mijn/verwerkingen?pagina=${d.volgende}" rel="next">${v.t('log.volgende')}</a>`
    }</nav>`
  }`;
}

const vak = html`<span aria-hidden="true">&#9744;</span> `;
const lijn = (label: string) => html`<div class="mw-veld"><p>${label}</p><div class="mw-handtekening"></div></div>`;

/** The printable consent form: the same consent text (and version) as the page, in the chosen language; blank. */
export function formulierInhoud(v: Vertaler): Html {
  const categorieen = (
    [
      'contactmomenten',
      'zelfredzaamheid',
      'voortgangsrapportage',
      'eindoverdracht',
      'verwijzing',
      'signalen',
      'vraag-antwoord',
      'brede-intake',
    ] as const
  ).map((c) => html`<li>${vak}${v.t(`categorie.${c}.naam`)}: ${v.t(`categorie.${c}.uitleg`)}</li>`);
  const doelen = DOELEN.map((d) => html`<li>${vak}${v.t(`doel.${d}`)}</li>`);
  return html`<h1>${v.t('formulier.titel')}</h1><p class="mw-geen-print">${v.t('formulier.uitleg')}</p>${lijn(
    v.t('formulier.naam'),
  )}${lijn(v.t('formulier.nummer'))}<h2>${v.t('formulier.kies')}</h2><ul class="mw-log">${categorieen}</ul><p>${vak}${v.t(
    'formulier.expliciet',
  )}</p>${lijn(v.t('formulier.ontvanger'))}<h2>${v.t('formulier.doel')}</h2><ul class="mw-log">${doelen}</ul>${lijn(
    v.t('formulier.tot'),
  )}<h2>${v.t('geven.tekst')}</h2>${alinea(v.toestemmingstekst.tekst)}${lijn(v.t('formulier.tolk'))}${lijn(
    v.t('formulier.handtekening'),
  )}${lijn(v.t('formulier.datum'))}${lijn(v.t('formulier.begeleider'))}<p>${v.t('formulier.versie', {
    taal: TAALNAMEN[v.taal],
    versie: v.toestemmingstekst.versie,
  })}</p>`;
}

export function foutInhoud(v: Vertaler, sleutel: BerichtSleutel, metInloggen: boolean): Html {
  return html`<h1>${v.t('fout.titel')}</h1>${alinea(v.t(sleutel))}${
    metInloggen
      ? html`<p><a class="mw-knop" href="/mijn/inloggen">${v.t('inloggen.knop')}</a></p>`
      : html`<p><a href="/mijn">${v.t('nav.overzicht')}</a></p>`
  }`;
}
