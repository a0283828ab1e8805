/**
 * The portaal's one way to write HTML: a tagged template that escapes every interpolation unless it is already `Html`.
 *
 *   html`<p>${naam}</p>`               text: `<`, `>`, `&`, `"` and `'` are escaped (content and attribute values)
 *   html`<ul>${items.map(li)}</ul>`    arrays are joined; `false`, `null` and `undefined` render nothing
 *   html`<div>${fragment}</div>`       an `Html` (what `html` returns) is inserted as it is, never escaped twice
 *
 * There is no way to insert raw text except `vertrouwd()`, meant for markup the code itself wrote (the stylesheet's
 * hash, an SVG built from numbers): grep for it to review every exception. Why not a library: ghtml re-escapes a
 * nested fragment unless it is marked raw with `!${}` (so composing pages means opting out of escaping), hono's `html`
 * answers `HtmlEscapedString | Promise<...>` (every page would need a cast), escape-html-template-tag declares no Node
 * engine and depends on caniuse-lite. This file is 40 lines with its own tests (test/sjabloon.test.ts).
 */
export class Html {
  constructor(private readonly waarde: string) {}
  toString(): string {
    return this.waarde;
  }
}

/** What may be interpolated: text and numbers (escaped), `Html` (as it is), lists of these, and nothing. */
export type Deel = Html | string | number | boolean | null | undefined | readonly Deel[];

const TEKENS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => TEKENS[c] ?? c);

function deel(d: Deel): string {
  if (d instanceof Html) return d.toString();
  if (Array.isArray(d)) return d.map(deel).join('');
  if (d === false || d === true || d === null || d === undefined) return '';
  return escapeHtml(d as string | number);
}

export function html(delen: TemplateStringsArray, ...waarden: readonly Deel[]): Html {
  let uit = delen[0] ?? '';
  for (let i = 0; i < waarden.length; i++) uit += deel(waarden[i]) + (delen[i + 1] ?? '');
  return new Html(uit);
}

/** Markup the code wrote itself, inserted without escaping. Never pass anything a person or the API supplied. */
export const vertrouwd = (markup: string): Html => new Html(markup);
