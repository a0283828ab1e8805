import { hoogste, type Reeks, schaal } from '../domain/regie';
import type { RegieVertaler } from '../i18n/regie';
import { waardeTekst } from './regie-tekst';
import { type Html, html } from './sjabloon';

/** One colour per gemeente, each with at least 3:1 contrast against white (WCAG 1.4.11). */
export const KLEUREN = ['#0d5c3c', '#1f4e9c', '#a34f00', '#6b2c91', '#a4001d', '#4a4a4a'] as const;
export const kleurVan = (i: number): string => KLEUREN[i % KLEUREN.length] ?? '#000';

export interface GrafiekInvoer {
  /** Unique on the page: the ids of the title, the description and the hatch patterns start with it. */
  id: string;
  titel: string;
  beschrijving: string;
  maanden: readonly string[];
  gemeenten: readonly { cbs: string; naam: string }[];
  reeks: Reeks;
}

const B = 640;
const H = 280;
const LINKS = 56;
const RECHTS = 8;
const BOVEN = 24;
const ONDER = 48;
/** The height of a suppressed median, p90 or share: its value is unknown, so the stub says only that it exists. */
const STOMP = 16;

const r = (n: number) => Math.round(n * 10) / 10;

/** A diagonal hatch in the gemeente's colour: how a suppressed cell ("<5") is drawn, never as 0. */
export const arcering = (id: string, kleur: string) =>
  html`<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="${kleur}"/></pattern>`;

/**
 * A server-rendered bar chart: bars per month, one per gemeente side by side. A suppressed cell is a hatched bar
 * with a dashed outline and the label "<5" (up to 5 on the scale for a count; a short stub for a median, p90 or share,
 * whose value is unknown). A cell without a figure draws nothing. `role="img"` with a title and a description; the
 * table beside it carries every figure for screen readers.
 */
export function grafiekSvg(v: RegieVertaler, g: GrafiekInvoer): Html {
  const { reeks } = g;
  const { top, stap } = reeks.statistiek === 'aandeel' ? { top: 1, stap: 0.25 } : schaal(hoogste(reeks));
  const plotB = B - LINKS - RECHTS;
  const plotH = H - BOVEN - ONDER;
  const y = (w: number) => BOVEN + plotH * (1 - Math.min(w, top) / top);
  const groep = plotB / Math.max(g.maanden.length, 1);
  const staaf = (groep * 0.8) / Math.max(g.gemeenten.length, 1);
  const delen: Html[] = [];
  delen.push(html`<defs>${g.gemeenten.map((_, i) => arcering(`${g.id}-a${i}`, kleurVan(i)))}</defs>`);
  for (let w = 0; w <= top + stap / 2; w += stap) {
    const yy = r(y(w));
    delen.push(
      html`<line x1="${LINKS}" x2="${B - RECHTS}" y1="${yy}" y2="${yy}" stroke="#c8c8c8" stroke-width="1"/>`,
      html`<text x="${LINKS - 6}" y="${r(yy + 4)}" text-anchor="end" font-size="13" fill="#1a1a1a">${waardeTekst(
        v,
        reeks.statistiek,
        w,
      )}</text>`,
    );
  }
  g.maanden.forEach((maand, m) => {
    const x0 = LINKS + m * groep + groep * 0.1;
    const midden = r(LINKS + (m + 0.5) * groep);
    delen.push(
      html`<text x="${midden}" y="${H - ONDER + 16}" text-anchor="middle" font-size="13" fill="#1a1a1a">${v.maand(
        maand,
        true,
      )}</text>`,
    );
    // the year under the first period and under each January, first quarter or first half (a year is its own label)
    if (maand.length > 4 && (m === 0 || /-(01|K1|H1)$/.test(maand))) {
      delen.push(
        html`<text x="${midden}" y="${H - ONDER + 34}" text-anchor="middle" font-size="13" fill="#1a1a1a">${maand.slice(0, 4)}</text>`,
      );
    }
    const perGemeente = reeks.waarden.get(maand);
    g.gemeenten.forEach(({ cbs }, i) => {
      const w = perGemeente?.get(cbs);
      if (!w) return;
      const x = r(x0 + i * staaf);
      const breed = r(Math.max(staaf - 1, 1));
      if (w.soort === 'getal') {
        if (w.waarde <= 0) return;
        const yy = r(y(w.waarde));
        delen.push(html`<rect x="${x}" y="${yy}" width="${breed}" height="${r(y(0) - yy)}" fill="${kleurVan(i)}"/>`);
        return;
      }
      const yy = r(reeks.statistiek === 'aantal' ? y(5) : y(0) - STOMP);
      const cx = r(x + breed / 2);
      delen.push(
        html`<rect x="${x}" y="${yy}" width="${breed}" height="${r(y(0) - yy)}" fill="url(#${g.id}-a${i})" stroke="${kleurVan(i)}" stroke-width="1.5" stroke-dasharray="3 2"/>`,
        staaf < 16
          ? html`<text x="${cx}" y="${r(yy - 3)}" font-size="10" fill="#1a1a1a" transform="rotate(-90 ${cx} ${r(yy - 3)})" dominant-baseline="middle">&lt;5</text>`
          : html`<text x="${cx}" y="${r(yy - 4)}" text-anchor="middle" font-size="10" fill="#1a1a1a">&lt;5</text>`,
      );
    });
  });
  delen.push(
    html`<line x1="${LINKS}" x2="${B - RECHTS}" y1="${r(y(0))}" y2="${r(y(0))}" stroke="#1a1a1a" stroke-width="1.5"/>`,
  );
  return html`<svg class="rg-grafiek" role="img" aria-labelledby="${g.id}-titel ${g.id}-beschrijving" viewBox="0 0 ${B} ${H}" width="${B}" height="${H}" xmlns="http://www.w3.org/2000/svg"><title id="${g.id}-titel">${g.titel}</title><desc id="${g.id}-beschrijving">${g.beschrijving}</desc>${delen}</svg>`;
}

/** The legend under a chart: a swatch per gemeente and the hatch of a suppressed cell. */
export function legenda(v: RegieVertaler, id: string, gemeenten: readonly { naam: string }[]): Html {
  const vlak = (vulling: string, extra?: Html) =>
    html`<svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16">${extra}<rect x="1" y="1" width="14" height="14" fill="${vulling}" stroke="#1a1a1a" stroke-width="1"/></svg>`;
  const items = gemeenten.map((gm, i) => html`<li>${vlak(kleurVan(i))} ${gm.naam}</li>`);
  items.push(
    html`<li>${vlak(`url(#${id}-lg)`, html`<defs>${arcering(`${id}-lg`, '#4a4a4a')}</defs>`)} &lt;5: ${v.t(
      'grafiek.onderdrukt',
    )}</li>`,
  );
  return html`<ul class="rg-legenda" aria-label="${v.t('grafiek.legenda')}">${items}</ul>`;
}
