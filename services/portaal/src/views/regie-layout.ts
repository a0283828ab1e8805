import { INDICATORSETS, type Indicatorset } from '../domain/regie-typen';
import type { RegieVertaler } from '../i18n/regie';
import { e, html } from './html';
import { csrfVeld } from './layout';

export interface RegieLayoutOpties {
  v: RegieVertaler;
  titel: string;
  /** The current menu item. */
  huidig?: Indicatorset | 'overzicht' | undefined;
  /** Signed in: the menu with the sign-out form, and who is signed in. */
  ingelogd?: { csrf: string; wie: string } | undefined;
  /** The filter to carry along in the menu's links (a query string). */
  query?: string | undefined;
  stijlVersie: string;
}

/** Every regie page: the same NL Design System look as Mijn Wegwijs; a skip link, a menu of the sets, one main. */
export function regiePagina(o: RegieLayoutOpties, inhoud: string): string {
  const { v } = o;
  const q = o.query ? `?${o.query}` : '';
  const link = (pad: string, tekst: string, huidig: boolean) =>
    `<li><a href="${e(pad)}"${huidig ? ' aria-current="page"' : ''}>${e(tekst)}</a></li>`;
  const menu = o.ingelogd
    ? `<nav class="mw-nav" aria-label="${e(v.t('app.menu'))}"><ul>${[
        link('/regie', v.t('nav.overzicht'), o.huidig === 'overzicht'),
        ...INDICATORSETS.map((s) => link(`/regie/${s}${q}`, v.t(`set.${s}`), o.huidig === s)),
      ].join(
        '',
      )}<li><form method="post" action="/regie/uitloggen">${csrfVeld(o.ingelogd.csrf)}<button type="submit">${e(
        v.t('nav.uitloggen'),
      )}</button></form></li></ul></nav>`
    : '';
  return html(
    '<!doctype html>',
    `<html lang="${v.taal}" dir="ltr" class="utrecht-html">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(o.titel)} - ${e(v.t('app.naam'))}</title>`,
    `<link rel="stylesheet" href="/regie/stijl.css?v=${e(o.stijlVersie)}">`,
    '</head><body>',
    `<a class="mw-skiplink" href="#inhoud">${e(v.t('app.skiplink'))}</a>`,
    `<header class="mw-kop"><p class="mw-merk">${e(v.t('app.naam'))}</p>`,
    o.ingelogd && `<p class="rg-wie">${e(o.ingelogd.wie)}</p>`,
    '</header>',
    menu,
    `<main id="inhoud" tabindex="-1" class="rg-main">${inhoud}</main>`,
    `<footer class="mw-voet"><p>${e(v.t('voet.tekst'))}</p></footer>`,
    '</body></html>',
  );
}
