import { describe, expect, it } from 'vitest';
import { geplandeMeetmomenten } from '../src/domain/meetmomenten';
import { controleerAfronding, type Regelfout } from '../src/domain/regels';
import { CASES } from './support-domein';

const fout = (fn: () => void): Pick<Regelfout, 'soort' | 'slug'> | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    const { soort, slug } = e as Regelfout;
    return { soort, slug };
  }
};

describe.each(CASES.map((p) => [p.naam, p] as const))('the rules of %s', (_naam, p) => {
  it('refuses an afronding before the start or a second one (conflict)', () => {
    const a = { datum: '2025-06-01', soort: 'geleidelijk' as const, overdracht: 'x' };
    expect(fout(() => controleerAfronding(p, 'aangemeld', { startdatum: undefined }, a, '2026-01-01'))).toEqual({
      soort: 'conflict',
      slug: 'traject-niet-gestart',
    });
    expect(fout(() => controleerAfronding(p, 'afgerond', { startdatum: '2025-03-01' }, a, '2026-01-01'))).toEqual({
      soort: 'conflict',
      slug: 'traject-afgerond',
    });
  });
});

describe('meetmomenten in Den Haag', () => {
  const p = CASES.find((c) => c.naam === 'Den Haag');
  it('marks each planned meetmoment uitgevoerd, gepland or achterstallig', () => {
    if (!p) throw new Error('no Den Haag');
    // Arrange: one meetmoment two weeks before the 3-month date; today is past the 8-month date.
    const gepland = geplandeMeetmomenten(p, '2025-03-01', ['2025-05-18'], '2025-11-15');
    // Assert
    expect(gepland.map((m) => m.status)).toEqual(['uitgevoerd', 'achterstallig', 'gepland']);
  });
});
