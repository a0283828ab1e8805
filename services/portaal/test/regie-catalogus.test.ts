import MessageFormat from '@messageformat/core';
import { describe, expect, it } from 'vitest';
import { INDICATORSETS } from '../src/domain/regie-typen';
import { REGIE_CATALOGI, REGIE_TALEN, regieVertaler } from '../src/i18n/regie';

describe("the regie pages' message catalogue", () => {
  it.each(REGIE_TALEN)('%s: every message parses as ICU MessageFormat', (taal) => {
    const mf = new MessageFormat(taal, { strict: true });
    for (const [sleutel, tekst] of Object.entries(REGIE_CATALOGI[taal].berichten)) {
      expect(tekst.trim().length, sleutel).toBeGreaterThan(0);
      expect(() => mf.compile(tekst), sleutel).not.toThrow();
    }
  });

  it('names and explains every indicator set, and writes months and numbers the Dutch way', () => {
    const v = regieVertaler('nl');
    for (const set of INDICATORSETS) {
      expect(v.heeft(`set.${set}`), set).toBe(true);
      expect(v.heeft(`set.${set}.uitleg`), set).toBe(true);
    }
    expect(v.maand('2026-03')).toBe('maart 2026');
    expect(v.maand('2026-03', true)).toBe('mrt');
    expect(v.getal(41.5)).toBe('41,5');
    expect(v.procent(0.25)).toBe('25%');
    expect(v.t('overzicht.gemeenten', { aantal: 6, namen: 'a' })).toBe('U ziet de cijfers van deze 6 gemeenten: a.');
  });
});
