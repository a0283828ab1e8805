import { type Deel, type Html, html } from './sjabloon';

/** A link of the menu. */
export interface MenuItem {
  pad: string;
  tekst: string;
  huidig: boolean;
}

/**
 * What one page of any audience (Mijn Wegwijs, the regie pages) fills in: every text already in the reader's
 * language. The audience's own part of the header (the language choice, who is signed in) comes as `kop`.
 */
export interface LayoutOpties {
  taal: string;
  richting: 'ltr' | 'rtl';
  titel: string;
  appNaam: string;
  skiplink: string;
  /** The stylesheet's path with its version (each audience serves it under its own path, for its cookies' scope). */
  stijl: string;
  kop?: Deel;
  /** Signed in: the menu, with the sign-out form and its CSRF token. */
  menu?: { label: string; items: readonly MenuItem[]; uitloggen: { actie: string; tekst: string; csrf: string } };
  mainKlasse?: string;
  voet: string;
}

export const csrfVeld = (csrf: string) => html`<input type="hidden" name="csrf" value="${csrf}">`;

/** The one layout of the portaal: language and direction, skip link, header, menu, one main landmark, footer. */
export function pagina(o: LayoutOpties, inhoud: Html): Html {
  const { menu } = o;
  return html`<!doctype html><html lang="${o.taal}" dir="${o.richting}" class="utrecht-html"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${o.titel} - ${o.appNaam}</title><link rel="stylesheet" href="${o.stijl}"></head><body><a class="mw-skiplink" href="#inhoud">${o.skiplink}</a><header class="mw-kop"><p class="mw-merk">${o.appNaam}</p>${o.kop}</header>${
    menu &&
    html`<nav class="mw-nav" aria-label="${menu.label}"><ul>${menu.items.map(
      (m) => html`<li><a href="${m.pad}"${m.huidig && html` aria-current="page"`}>${m.tekst}</a></li>`,
    )}<li><form method="post" action="${menu.uitloggen.actie}">${csrfVeld(menu.uitloggen.csrf)}<button type="submit">${menu.uitloggen.tekst}</button></form></li></ul></nav>`
  }<main id="inhoud" tabindex="-1"${o.mainKlasse && html` class="${o.mainKlasse}"`}>${inhoud}</main><footer class="mw-voet"><p>${o.voet}</p></footer></body></html>`;
}
