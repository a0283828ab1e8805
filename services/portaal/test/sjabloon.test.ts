import { describe, expect, it } from 'vitest';
import { escapeHtml, Html, html, vertrouwd } from '../src/views/sjabloon';

const KWAAD = `<script>alert("x")</script>' onmouseover='a&b`;

describe('the html tagged template', () => {
  it('escapes every interpolated text, in content and in attribute values', () => {
    const uit = String(html`<p title="${KWAAD}">${KWAAD}</p>`);
    expect(uit).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;a&amp;b">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;a&amp;b</p>',
    );
    expect(uit).not.toContain('<script>');
  });

  it('inserts a fragment it made as it is (never escaped twice), and joins lists', () => {
    const li = (t: string) => html`<li>${t}</li>`;
    const uit = html`<ul>${['a&b', '<i>'].map(li)}</ul>`;
    expect(uit).toBeInstanceOf(Html);
    expect(String(uit)).toBe('<ul><li>a&amp;b</li><li>&lt;i&gt;</li></ul>');
    expect(String(html`<div>${uit}</div>`)).toBe('<div><ul><li>a&amp;b</li><li>&lt;i&gt;</li></ul></div>');
  });

  it('renders nothing for false, true, null and undefined, and numbers as text', () => {
    expect(String(html`[${false}${null}${undefined}${true}${0}${1.5}]`)).toBe('[01.5]');
  });

  it('escapes a string that looks like markup: only Html passes, a plain string never does', () => {
    const tekst: string = String(html`<b>vet</b>`);
    expect(String(html`${tekst}`)).toBe('&lt;b&gt;vet&lt;/b&gt;');
    expect(String(html`${vertrouwd('<b>vet</b>')}`)).toBe('<b>vet</b>');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
