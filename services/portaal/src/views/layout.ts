import { RICHTING, TAALNAMEN, TALEN, type Taal } from '../i18n/talen';
import type { Vertaler } from '../i18n/vertaler';
import { e, html } from './html';

export type Menu = 'overzicht' | 'toestemmingen' | 'verwerkingen' | 'gegevens' | 'formulier';

export interface PaginaOpties {
  v: Vertaler;
  titel: string;
  /** The page's own path (for the language switcher's way back and the current menu item). */
  pad: string;
  menu?: Menu | undefined;
  /** Signed in: the menu, with the sign-out form and its CSRF token. */
  csrf?: string | undefined;
  stijlVersie: string;
}

const MENU: readonly { menu: Menu; pad: string; sleutel: `nav.${Menu}` }[] = [
  { menu: 'overzicht', pad: '/mijn', sleutel: 'nav.overzicht' },
  { menu: 'toestemmingen', pad: '/mijn/toestemmingen', sleutel: 'nav.toestemmingen' },
  { menu: 'verwerkingen', pad: '/mijn/verwerkingen', sleutel: 'nav.verwerkingen' },
  { menu: 'gegevens', pad: '/mijn/gegevens', sleutel: 'nav.gegevens' },
  { menu: 'formulier', pad: '/mijn/formulier', sleutel: 'nav.formulier' },
];

export const csrfVeld = (csrf: string) => `<input type="hidden" name="csrf" value="${e(csrf)}">`;

/** Every page: language and direction, skip link, language switcher, menu, one main landmark, footer. */
export function pagina(o: PaginaOpties, inhoud: string): string {
  const { v } = o;
  const talen = TALEN.map((t: Taal) => {
    const huidig = t === v.taal;
    return `<li><a href="/mijn/taal/${t}?terug=${encodeURIComponent(o.pad)}" lang="${t}" hreflang="${t}" dir="${RICHTING[t]}"${
      huidig ? ' aria-current="true"' : ''
    }>${e(TAALNAMEN[t])}</a></li>`;
  }).join('');
  const menu =
    o.csrf !== undefined
      ? `<nav class="mw-nav" aria-label="${e(v.t('app.menu'))}"><ul>${MENU.map(
          (m) =>
            `<li><a href="${m.pad}"${m.menu === o.menu ? ' aria-current="page"' : ''}>${e(v.t(m.sleutel))}</a></li>`,
        ).join('')}<li><form method="post" action="/mijn/uitloggen">${csrfVeld(o.csrf)}<button type="submit">${e(
          v.t('nav.uitloggen'),
        )}</button></form></li></ul></nav>`
      : '';
  return html(
    '<!doctype html>',
    `<html lang="${v.taal}" dir="${RICHTING[v.taal]}" class="utrecht-html">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(o.titel)} - ${e(v.t('app.naam'))}</title>`,
    `<link rel="stylesheet" href="/mijn/stijl.css?v=${e(o.stijlVersie)}">`,
    '</head><body>',
    `<a class="mw-skiplink" href="#inhoud">${e(v.t('app.skiplink'))}</a>`,
    `<header class="mw-kop"><p class="mw-merk">${e(v.t('app.naam'))}</p>`,
    `<nav class="mw-talen" aria-label="${e(v.t('app.talen'))}"><ul>${talen}</ul></nav></header>`,
    menu,
    `<main id="inhoud" tabindex="-1">${inhoud}</main>`,
    `<footer class="mw-voet"><p>${e(v.t('voet.tekst'))}</p></footer>`,
    '</body></html>',
  );
}
