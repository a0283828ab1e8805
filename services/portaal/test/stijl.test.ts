import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM build script without types
import { bouwStijl } from '../scripts/stijl.mjs';
import { STIJL } from '../src/static/stijl';

describe('the stylesheet', () => {
  it('is generated from the NL Design System packages as they are installed (run scripts/stijl.mjs after an upgrade)', () => {
    const verwacht = new Function(`${(bouwStijl() as string).replace('export const STIJL =', 'return')}`)() as string;
    expect(STIJL).toBe(verwacht);
  });

  it('styles the html with Utrecht, takes Den Haag tokens, and has a print style', () => {
    expect(STIJL).toContain('.utrecht-html');
    expect(STIJL).toMatch(/--denhaag-[a-z-]+:/);
    expect(STIJL).toContain('@media print');
    expect(readFileSync(new URL('../src/static/eigen.css', import.meta.url), 'utf8')).toContain(':focus-visible');
  });
});
