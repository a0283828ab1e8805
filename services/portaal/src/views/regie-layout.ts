import { INDICATORSETS, type Indicatorset } from '../domain/regie-typen';
import type { RegieVertaler } from '../i18n/regie';
import { pagina } from './layout';
import { type Html, html } from './sjabloon';

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

/** Every regie page: the one layout, with a menu of the indicator sets and who is signed in. */
export function regiePagina(o: RegieLayoutOpties, inhoud: Html): Html {
  const { v } = o;
  const q = o.query ? `?${o.query}` : '';
  return pagina(
    {
      taal: v.taal,
      richting: 'ltr',
      titel: o.titel,
      appNaam: v.t('app.naam'),
      skiplink: v.t('app.skiplink'),
      stijl: `/regie/stijl.css?v=${o.stijlVersie}`,
      kop: o.ingelogd && html`<p class="rg-wie">${o.ingelogd.wie}</p>`,
      ...(o.ingelogd
        ? {
            menu: {
              label: v.t('app.menu'),
              items: [
                { pad: '/regie', tekst: v.t('nav.overzicht'), huidig: o.huidig === 'overzicht' },
                ...INDICATORSETS.map((s) => ({
                  pad: `/regie/${s}${q}`,
                  tekst: v.t(`set.${s}`),
                  huidig: o.huidig === s,
                })),
              ],
              uitloggen: { actie: '/regie/uitloggen', tekst: v.t('nav.uitloggen'), csrf: o.ingelogd.csrf },
            },
          }
        : {}),
      mainKlasse: 'rg-main',
      voet: v.t('voet.tekst'),
    },
    inhoud,
  );
}
