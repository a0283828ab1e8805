import { DOELEN } from '@wegwijs/contracts';
import type { PersoonlijkeGrond } from '../domain/grondslag';
import { ONTVANGER_ROLLEN, type perCategorie } from '../domain/toestemmingen';
import type { ToestemmingWeergave } from '../domain/typen';
import type { BerichtSleutel } from '../i18n/catalogi';
import { TAALNAMEN } from '../i18n/talen';
import type { Vertaler } from '../i18n/vertaler';
import { e, html } from './html';
import { csrfVeld } from './layout';
import { code, ontvangerTekst } from './tekst';

const alinea = (tekst: string) => `<p>${e(tekst)}</p>`;
const melding = (tekst: string | undefined) =>
  tekst ? `<div class="mw-melding" role="status"><p>${e(tekst)}</p></div>` : '';
const fout = (tekst: string | undefined, id = 'fout') =>
  tekst ? `<div class="mw-waarschuwing" role="alert" id="${id}"><p>${e(tekst)}</p></div>` : '';

export function inloggenInhoud(v: Vertaler, uitgelogd: boolean, foutSleutel?: BerichtSleutel): string {
  return html(
    `<h1>${e(v.t('inloggen.titel'))}</h1>`,
    uitgelogd && melding(v.t('uitgelogd.melding')),
    foutSleutel && fout(v.t(foutSleutel)),
    alinea(v.t('inloggen.uitleg')),
    `<p class="mw-acties"><a class="mw-knop" href="/mijn/inloggen">${e(v.t('inloggen.knop'))}</a></p>`,
    alinea(v.t('inloggen.geenDigid')),
    `<p><a href="/mijn/formulier">${e(v.t('nav.formulier'))}</a></p>`,
  );
}

export interface OverzichtData {
  /** The ground that applies to this person (grondVoor). */
  grond: PersoonlijkeGrond;
  fase: string | undefined;
  gemeente: string;
  organisatie: string;
  aantalActief: number;
}

export function overzichtInhoud(v: Vertaler, d: OverzichtData): string {
  // Shared without consent: to the gemeente (trajectstatus, praktische-zaken) and, from the gemeente, to the begeleider
  // (the dates of the inburgering, that the consulent asked something); nothing for a doelgroep outside art. 13.
  const { grond } = d;
  const wettelijk = grond.zonderToestemming
    .map(
      (c) =>
        `<section class="mw-kaart" aria-labelledby="cat-${c}"><h2 id="cat-${c}">${e(
          v.t(`categorie.${c}.naam`),
        )}</h2>${alinea(v.t(`categorie.${c}.uitleg`))}</section>`,
    )
    .join('');
  return html(
    `<h1>${e(v.t('overzicht.titel'))}</h1>`,
    alinea(v.t('overzicht.gemeente', { gemeente: d.gemeente, organisatie: d.organisatie })),
    d.fase && alinea(v.t('overzicht.fase', { fase: code(v, 'fase.', d.fase, 'wat.onbekend') })),
    alinea(v.t(grond.zonderToestemming.length > 0 ? 'overzicht.uitleg' : 'overzicht.niets')),
    wettelijk,
    `<section aria-labelledby="waarom" data-grond="${grond.waarom.soort}"><h2 id="waarom">${e(v.t('overzicht.waarom'))}</h2>${alinea(
      grond.waarom.soort === 'wet'
        ? v.t('overzicht.wet')
        : grond.waarom.soort === 'regeling'
          ? v.t('overzicht.regeling', { regeling: grond.waarom.regeling, artikel: grond.waarom.artikel })
          : v.t('overzicht.buitenWet'),
    )}</section>`,
    `<section aria-labelledby="rest"><h2 id="rest">${e(v.t('nav.toestemmingen'))}</h2>`,
    alinea(v.t('overzicht.rest')),
    alinea(v.t('overzicht.aantal', { aantal: d.aantalActief })),
    `<p><a href="/mijn/toestemmingen">${e(v.t('overzicht.naarToestemmingen'))}</a></p></section>`,
    `<section aria-labelledby="gegevens"><h2 id="gegevens">${e(v.t('nav.gegevens'))}</h2>`,
    alinea(v.t('overzicht.gegevens')),
    `<p><a href="/mijn/gegevens">${e(v.t('overzicht.naarGegevens'))}</a></p></section>`,
  );
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

function toestemmingRegels(v: Vertaler, t: ToestemmingWeergave, gemeenteNaam: string, categorieNaam: string): string {
  return html(
    '<li>',
    `<p>${e(v.t('toestemmingen.aan', { ontvanger: ontvangerTekst(v, gemeenteNaam, t.ontvanger.rol) }))}<br>`,
    `${e(v.t('toestemmingen.doel', { doel: code(v, 'doel.', t.doel, 'wat.onbekend') }))}<br>`,
    `${e(t.geldigTot ? v.t('toestemmingen.tot', { datum: v.datum(t.geldigTot) }) : v.t('toestemmingen.totAltijd'))}`,
    t.geldigVanaf && `<br>${e(v.t('toestemmingen.gegeven', { datum: v.datum(t.geldigVanaf) }))}`,
    '</p>',
    `<p><a href="/mijn/toestemmingen/${encodeURIComponent(t.toestemmingId)}/intrekken">${e(
      v.t('toestemmingen.intrekken', { categorie: categorieNaam }),
    )}</a></p>`,
    '</li>',
  );
}

export function toestemmingenInhoud(v: Vertaler, d: ToestemmingenData): string {
  const groepen = d.groepen
    .map(({ categorie, toestemmingen }) => {
      const naam = v.t(`categorie.${categorie}.naam` as BerichtSleutel);
      return html(
        `<section class="mw-kaart" aria-labelledby="cat-${categorie}"><h2 id="cat-${categorie}">${e(naam)}</h2>`,
        alinea(v.t(`categorie.${categorie}.uitleg` as BerichtSleutel)),
        toestemmingen.length
          ? `<ul>${toestemmingen.map((t) => toestemmingRegels(v, t, d.gemeenteNaam, naam)).join('')}</ul>`
          : alinea(v.t('toestemmingen.geen')),
        '</section>',
      );
    })
    .join('');
  const categorieKeuzes = d.groepen
    .map(
      ({ categorie }) =>
        `<div class="mw-keuze"><input type="radio" name="categorie" id="kies-${categorie}" value="${categorie}"><label for="kies-${categorie}">${e(
          v.t(`categorie.${categorie}.naam` as BerichtSleutel),
        )}</label></div>`,
    )
    .join('');
  const ontvangers = [
    `<div class="mw-keuze"><input type="radio" name="ontvanger" id="aan-gemeente" value="gemeente" checked><label for="aan-gemeente">${e(
      ontvangerTekst(v, d.gemeenteNaam, undefined),
    )}</label></div>`,
    ...ONTVANGER_ROLLEN.map(
      (rol) =>
        `<div class="mw-keuze"><input type="radio" name="ontvanger" id="aan-${rol}" value="rol:${rol}"><label for="aan-${rol}">${e(
          ontvangerTekst(v, d.gemeenteNaam, rol),
        )}</label></div>`,
    ),
  ].join('');
  const doelen = DOELEN.map(
    (doel) => `<option value="${doel}"${doel === 'regie' ? ' selected' : ''}>${e(v.t(`doel.${doel}`))}</option>`,
  ).join('');
  const foutId = d.fout ? 'fout' : undefined;
  return html(
    `<h1>${e(v.t('toestemmingen.titel'))}</h1>`,
    d.melding && melding(v.t(d.melding)),
    alinea(v.t('toestemmingen.uitleg')),
    groepen,
    d.aantalEerder > 0 && alinea(v.t('toestemmingen.eerder', { aantal: d.aantalEerder })),
    `<section aria-labelledby="geven"><h2 id="geven">${e(v.t('geven.titel'))}</h2>`,
    fout(d.fout ? v.t(d.fout) : undefined, 'fout'),
    alinea(v.t('geven.uitleg')),
    `<form method="post" action="/mijn/toestemmingen"${foutId ? ` aria-describedby="${foutId}"` : ''}>`,
    csrfVeld(d.csrf),
    `<input type="hidden" name="taal" value="${v.taal}"><input type="hidden" name="tekstversie" value="${e(v.toestemmingstekst.versie)}">`,
    `<fieldset class="mw-veld"><legend>${e(v.t('geven.categorie'))}</legend>${categorieKeuzes}</fieldset>`,
    `<div class="mw-waarschuwing"><p id="signalen-uitleg">${e(v.t('geven.signalen'))}</p>`,
    `<div class="mw-keuze"><input type="checkbox" name="expliciet" id="expliciet" value="ja" aria-describedby="signalen-uitleg"><label for="expliciet">${e(
      v.t('geven.expliciet'),
    )}</label></div></div>`,
    `<fieldset class="mw-veld"><legend>${e(v.t('geven.ontvanger'))}</legend>${ontvangers}</fieldset>`,
    `<div class="mw-veld"><label for="doel">${e(v.t('geven.doel'))}</label><select id="doel" name="doel">${doelen}</select></div>`,
    `<div class="mw-veld"><label for="geldigTot">${e(v.t('geven.geldigTot'))}</label><input type="date" id="geldigTot" name="geldigTot" min="${d.morgen}"></div>`,
    `<h3>${e(v.t('geven.tekst'))}</h3>`,
    alinea(v.toestemmingstekst.tekst),
    `<p>${e(v.t('geven.versie', { versie: v.toestemmingstekst.versie }))}</p>`,
    `<p class="mw-acties"><button type="submit">${e(v.t('geven.knop'))}</button></p>`,
    '</form></section>',
  );
}

export function intrekkenInhoud(v: Vertaler, t: ToestemmingWeergave, gemeenteNaam: string, csrf: string): string {
  const ontvanger = ontvangerTekst(v, gemeenteNaam, t.ontvanger.rol);
  const categorieen = t.categorieen.map((c) => code(v, 'categorie.', `${c}.naam`, 'wat.onbekend')).join(', ');
  return html(
    `<h1>${e(v.t('intrekken.titel'))}</h1>`,
    alinea(v.t('intrekken.over', { categorieen, ontvanger })),
    `<h2>${e(v.t('intrekken.wat'))}</h2>`,
    `<ul><li>${e(v.t('intrekken.niets', { ontvanger }))}</li><li>${e(v.t('intrekken.weg'))}</li><li>${e(
      v.t('intrekken.opnieuw'),
    )}</li></ul>`,
    `<form method="post" action="/mijn/toestemmingen/${encodeURIComponent(t.toestemmingId)}/intrekken" class="mw-acties">`,
    csrfVeld(csrf),
    `<button type="submit">${e(v.t('intrekken.knop'))}</button>`,
    `<a href="/mijn/toestemmingen">${e(v.t('intrekken.terug'))}</a>`,
    '</form>',
  );
}

export interface VerwerkingenData {
  zinnen: readonly string[];
  ketenGeldig: boolean;
  huidig: number;
  volgende?: number | undefined;
}

export function verwerkingenInhoud(v: Vertaler, d: VerwerkingenData): string {
  const start = 1 + (d.huidig - 1) * 20;
  return html(
    `<h1>${e(v.t('verwerkingen.titel'))}</h1>`,
    alinea(v.t('verwerkingen.uitleg')),
    d.ketenGeldig
      ? `<p class="mw-ok" id="keten">${e(v.t('keten.geldig'))}</p>`
      : `<div class="mw-waarschuwing" role="alert"><p class="mw-fout" id="keten">${e(v.t('keten.ongeldig'))}</p></div>`,
    d.zinnen.length
      ? `<ol class="mw-log" start="${start}" aria-describedby="log-aantal">${d.zinnen.map((z) => `<li>${e(z)}</li>`).join('')}</ol><p id="log-aantal">${e(
          v.t('log.aantal', { aantal: d.zinnen.length }),
        )}</p>`
      : alinea(v.t('log.leeg')),
    (d.volgende !== undefined || d.huidig > 1) &&
      `<nav aria-label="${e(v.t('verwerkingen.titel'))}" class="mw-acties">${html(
        d.huidig > 1 && `<a href="/mijn/verwerkingen">${e(v.t('log.eerste'))}</a>`,
        d.volgende !== undefined &&
          `<a href="/mijn/verwerkingen?pagina=${d.volgende}" rel="next">${e(v.t('log.volgende'))}</a>`,
      )}</nav>`,
  );
}

const vak = '<span aria-hidden="true">&#9744;</span> ';
const lijn = (label: string) => `<div class="mw-veld"><p>${e(label)}</p><div class="mw-handtekening"></div></div>`;

/** The printable consent form: the same consent text (and version) as the page, in the chosen language; blank. */
export function formulierInhoud(v: Vertaler): string {
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
  )
    .map((c) => `<li>${vak}${e(v.t(`categorie.${c}.naam`))}: ${e(v.t(`categorie.${c}.uitleg`))}</li>`)
    .join('');
  const doelen = DOELEN.map((d) => `<li>${vak}${e(v.t(`doel.${d}`))}</li>`).join('');
  return html(
    `<h1>${e(v.t('formulier.titel'))}</h1>`,
    `<p class="mw-geen-print">${e(v.t('formulier.uitleg'))}</p>`,
    lijn(v.t('formulier.naam')),
    lijn(v.t('formulier.nummer')),
    `<h2>${e(v.t('formulier.kies'))}</h2><ul class="mw-log">${categorieen}</ul>`,
    `<p>${vak}${e(v.t('formulier.expliciet'))}</p>`,
    lijn(v.t('formulier.ontvanger')),
    `<h2>${e(v.t('formulier.doel'))}</h2><ul class="mw-log">${doelen}</ul>`,
    lijn(v.t('formulier.tot')),
    `<h2>${e(v.t('geven.tekst'))}</h2>`,
    alinea(v.toestemmingstekst.tekst),
    lijn(v.t('formulier.tolk')),
    lijn(v.t('formulier.handtekening')),
    lijn(v.t('formulier.datum')),
    lijn(v.t('formulier.begeleider')),
    `<p>${e(v.t('formulier.versie', { taal: TAALNAMEN[v.taal], versie: v.toestemmingstekst.versie }))}</p>`,
  );
}

export function foutInhoud(v: Vertaler, sleutel: BerichtSleutel, metInloggen: boolean): string {
  return html(
    `<h1>${e(v.t('fout.titel'))}</h1>`,
    alinea(v.t(sleutel)),
    metInloggen
      ? `<p><a class="mw-knop" href="/mijn/inloggen">${e(v.t('inloggen.knop'))}</a></p>`
      : `<p><a href="/mijn">${e(v.t('nav.overzicht'))}</a></p>`,
  );
}
