import { AFRONDINGSSOORTEN, type Afrondingssoort } from '@wegwijs/contracts';
import { describe, expect, it } from 'vitest';
import { geplandeMeetmomenten } from '../src/domain/meetmomenten';
import { controleerAfronding, controleerScores, controleerVerlenging, type Regelfout } from '../src/domain/regels';
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

/** Report 4.3: a verlenging of half a year, in exceptional cases, only in Woerden, Heerenveen and Zaffier. */
const VERLENGING = new Set(['Woerden', 'Heerenveen', 'Alkmaar']);
/** Report 4.2.1: VWN's six leefgebieden, Woerden's seven, INOVA's four; Groningen and Tholen have no plan. */
const LEEFGEBIEDEN: Record<string, number | null> = {
  'Den Haag': 6,
  Rotterdam: 6,
  Roermond: 6,
  Heerenveen: 6,
  Woerden: 7,
  Alkmaar: 4,
  Groningen: null,
  Tholen: null,
};
/** Report 4.3: how each case closes a traject. */
const AFRONDING: Record<string, Afrondingssoort[]> = {
  'Den Haag': ['eindgesprek', 'warme-overdracht'],
  Groningen: ['geleidelijk', 'warme-overdracht'],
  Heerenveen: ['geleidelijk', 'warme-overdracht'],
  Roermond: ['eindgesprek'],
  Rotterdam: ['eindgesprek'],
  Tholen: ['geleidelijk'],
  Woerden: ['eindgesprek', 'warme-overdracht'],
  Alkmaar: ['eindgesprek', 'geleidelijk', 'warme-overdracht'],
};
const SCHRIFTELIJK = new Set(['Roermond', 'Rotterdam']);

describe.each(CASES.map((p) => [p.naam, p] as const))('the rules of %s', (naam, p) => {
  it(VERLENGING.has(naam) ? 'allows one verlenging of 6 months' : 'allows no verlenging', () => {
    expect(fout(() => controleerVerlenging(p, 'begeleidingsfase', 0, 6))).toEqual(
      VERLENGING.has(naam) ? undefined : { soort: 'regel', slug: 'verlenging-niet-toegestaan' },
    );
    expect(fout(() => controleerVerlenging(p, 'begeleidingsfase', 1, 6))?.slug).toBe('verlenging-niet-toegestaan');
    expect(fout(() => controleerVerlenging(p, 'begeleidingsfase', 0, 3))?.slug).toBe('verlenging-niet-toegestaan');
    expect(fout(() => controleerVerlenging(p, 'afgerond', 0, 6))?.slug).toBe('verlenging-niet-toegestaan');
  });

  it('scores meetmomenten on the leefgebieden of its own model only', () => {
    const aantal = LEEFGEBIEDEN[naam];
    if (aantal === null || aantal === undefined) {
      expect(fout(() => controleerScores(p, { wonen: 3 }))?.slug).toBe('geen-begeleidingsplan');
      return;
    }
    expect(p.leefgebieden).toHaveLength(aantal);
    expect(fout(() => controleerScores(p, Object.fromEntries(p.leefgebieden.map((g) => [g, 3]))))).toBeUndefined();
    expect(fout(() => controleerScores(p, { 'huiselijke-relaties': 2 }))?.slug).toBe(
      naam === 'Woerden' ? undefined : 'leefgebied-onbekend',
    );
    expect(fout(() => controleerScores(p, { ruimtevaart: 2 }))).toEqual({
      soort: 'regel',
      slug: 'leefgebied-onbekend',
    });
    expect(fout(() => controleerScores(p, {}))?.slug).toBe('leefgebied-vereist');
  });

  it.each(AFRONDINGSSOORTEN)('closes by %s only where the profile allows it', (soort) => {
    const afronding = { datum: '2025-06-01', soort, overdracht: 'Overdracht aan de consulent.' };
    const verwacht = AFRONDING[naam]?.includes(soort) ? undefined : 'afrondingssoort-niet-toegestaan';
    expect(fout(() => controleerAfronding(p, 'begeleidingsfase', '2025-03-01', afronding))?.slug).toBe(verwacht);
  });

  it(SCHRIFTELIJK.has(naam) ? 'needs a written overdracht with an eindgesprek' : 'needs no written overdracht', () => {
    const zonder = fout(() =>
      controleerAfronding(p, 'begeleidingsfase', '2025-03-01', { datum: '2025-06-01', soort: 'eindgesprek' }),
    );
    if (SCHRIFTELIJK.has(naam)) expect(zonder?.slug).toBe('overdracht-vereist');
    else expect(zonder?.slug).not.toBe('overdracht-vereist');
  });

  it('refuses an afronding before the start or a second one (conflict)', () => {
    const a = { datum: '2025-06-01', soort: p.afronding.soorten[0] ?? 'geleidelijk', overdracht: 'x' };
    expect(fout(() => controleerAfronding(p, 'aangemeld', undefined, a))).toEqual({
      soort: 'conflict',
      slug: 'traject-niet-gestart',
    });
    expect(fout(() => controleerAfronding(p, 'afgerond', '2025-03-01', a))).toEqual({
      soort: 'conflict',
      slug: 'traject-afgerond',
    });
  });

  it(naam === 'Den Haag' ? 'plans meetmomenten after 3, 8 and 12 months' : 'plans no fixed meetmomenten', () => {
    const gepland = geplandeMeetmomenten(p, '2025-03-01', [], '2025-03-01');
    expect(gepland.map((m) => m.datum)).toEqual(naam === 'Den Haag' ? ['2025-06-01', '2025-11-01', '2026-03-01'] : []);
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
