import { RICHTING, TAALNAMEN, TALEN } from '../i18n/talen';
import type { Vertaler } from '../i18n/vertaler';
import { pagina } from './layout';
import { type Html, html } from './sjabloon';

export type Menu = 'overzicht' | 'toestemmingen' | 'verwerkingen' | 'gegevens' | 'formulier';

export interface MijnPaginaOpties {
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

/** A page of Mijn Wegwijs: the one layout in the reader's language and direction, with the language choice. */
export function mijnPagina(o: MijnPaginaOpties, inhoud: Html): Html {
  const { v } = o;
  const talen = TALEN.map(
    (t) =>
      html`<li><a href="/mijn/taal/${t}?terug=${encodeURIComponent(o.pad)}" lang="${t}" hreflang="${t}" dir="${RICHTING[t]}"${
        t === v.taal && html` aria-current="true"`
      }>${TAALNAMEN[t]}</a></li>`,
  );
  return pagina(
    {
      taal: v.taal,
      richting: RICHTING[v.taal],
      titel: o.titel,
      appNaam: v.t('app.naam'),
      skiplink: v.t('app.skiplink'),
      stijl: `/mijn/stijl.css?v=${o.stijlVersie}`,
      kop: html`<nav class="mw-talen" aria-label="${v.t('app.talen')}"><ul>${talen}</ul></nav>`,
      ...(o.csrf !== undefined
        ? {
            menu: {
              label: v.t('app.menu'),
              items: MENU.map((m) => ({ pad: m.pad, tekst: v.t(m.sleutel), huidig: m.menu === o.menu })),
              uitloggen: { actie: '/mijn/uitloggen', tekst: v.t('nav.uitloggen'), csrf: o.csrf },
            },
          }
        : {}),
      voet: v.t('voet.tekst'),
    },
    inhoud,
  );
}
